/**
 * The extension messaging the worker uses, passed in (lib/contracts/messages.ts in the extension, an
 * in-memory bus in unit tests: WXT's fake browser has no message sender to report).
 */
import type { onMessage, sendMessage } from '../contracts/messages';

export interface WorkerMessaging {
  onMessage: typeof onMessage;
  sendMessage: typeof sendMessage;
}
