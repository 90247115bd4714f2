import { useCallback, useEffect, useState } from 'react';
import type { PersonaFocus } from '../PersonaView';

export type PanelView =
  | { kind: 'page' }
  | { kind: 'contact'; key: string; focus?: PersonaFocus }
  | { kind: 'persona'; packId: string; personaId: string; focus?: PersonaFocus }
  | { kind: 'recent' }
  | { kind: 'accounts' }
  | { kind: 'account'; key: string };

export interface PanelNavigation {
  view: PanelView;
  /** How many views are stacked; more than one means Back has somewhere to go. */
  depth: number;
  push(next: PanelView): void;
  back(): void;
  /** Back to the page view, forgetting the stack. */
  home(): void;
}

/**
 * The panel's stack of views. `pageIdentity` names the followed tab's page: a new page starts
 * from its view again.
 */
export function useNavigation(pageIdentity: string, initialView: PanelView = { kind: 'page' }): PanelNavigation {
  const [views, setViews] = useState<PanelView[]>([initialView]);
  useEffect(() => {
    setViews((vs) => (vs.length === 1 && vs[0]!.kind === 'page' ? vs : [{ kind: 'page' }]));
  }, [pageIdentity]);
  const push = useCallback((next: PanelView) => setViews((vs) => [...vs, next]), []);
  const back = useCallback(() => setViews((vs) => (vs.length > 1 ? vs.slice(0, -1) : vs)), []);
  const home = useCallback(() => setViews([{ kind: 'page' }]), []);
  return { view: views[views.length - 1]!, depth: views.length, push, back, home };
}
