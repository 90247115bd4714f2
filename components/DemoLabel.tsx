/**
 * Marks content from a pack that calls itself sample content (`demo: true`, as the bundled demo
 * pack does), so a seller never mistakes the fictitious Northwind personas for their team's.
 * Shared by the side panel and the options page, with its own sheet.
 */
import { i18n } from '#i18n';
import './demo-label.css';

export function DemoLabel({ demo }: { demo: boolean | undefined }) {
  if (!demo) return null;
  return (
    <span className="pm-demo" title={i18n.t('demo.title')}>
      {i18n.t('demo.label')}
    </span>
  );
}
