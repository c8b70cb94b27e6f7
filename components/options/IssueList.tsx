import type { PackIssue } from '../../lib/facts/validate';
import { t } from '../../lib/i18n';

/** Problems with their paths (`figures[3].value: expected a number`), announced to screen readers. */
export function IssueList({ title, issues }: { title: string; issues: readonly PackIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div class="issues" role="alert" data-testid="issues">
      <p>{title}:</p>
      <ul>
        {issues.slice(0, 50).map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>{t('issuesMore', issues.length - 50)}</p>}
    </div>
  );
}
