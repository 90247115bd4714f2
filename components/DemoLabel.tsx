/**
 * Marks content from a pack that calls itself sample content (`demo: true`, as the bundled demo
 * pack does), so a seller never mistakes the fictitious Northwind personas for their team's.
 * Shared by the side panel and the options page, with its own sheet.
 */
import './demo-label.css';

export const DEMO_LABEL_TITLE = "Sample content from a demo pack (a fictitious company), not your team's personas";

export function DemoLabel({ demo }: { demo: boolean | undefined }) {
  if (!demo) return null;
  return (
    <span className="pm-demo" title={DEMO_LABEL_TITLE}>
      DEMO
    </span>
  );
}
