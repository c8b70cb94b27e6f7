import type { PageSummary } from '../lib/describe-report';
import type { SignalName } from '../lib/engine/detect';
import { t } from '../lib/i18n';
import type { MessageKey } from '../lib/say';

const SIGNALS: Record<SignalName, MessageKey> = {
  acronym: 'signalAcronym',
  fullName: 'signalFullName',
  peacekeepersNearMali: 'signalPeacekeepersNearMali',
  mali: 'signalMali',
  officials: 'signalOfficials',
  bases: 'signalBases',
  otherMissions: 'signalOtherMissions',
  // Never listed: a page in another language is no coverage the extension reads, and says so in its verdict.
  otherLanguage: 'verdictOtherLanguage',
};

const COUNTS = [
  ['minusma-figure-conflict', 'countConflicts'],
  ['minusma-entity-variant', 'countVariants'],
  ['minusma-figure-match', 'countFigureMatches'],
  ['minusma-entity-match', 'countEntityMatches'],
  ['minusma-figure-unknown', 'countFigureUnknown'],
  ['minusma-entity-unknown', 'countEntityUnknown'],
] as const;

/** The verdict with its confidence and signals, and the counts by status. */
export function Verdict({ summary }: { summary: PageSummary }) {
  if (!summary.coverage) {
    const elsewhere = summary.signals.some((s) => s.name === 'otherLanguage');
    return (
      <>
        <p class="verdict no" data-testid="verdict">
          {t(elsewhere ? 'verdictOtherLanguage' : 'verdictNo')}
        </p>
        <p class="signals">{t(elsewhere ? 'verdictOtherLanguageNote' : 'verdictNoNote')}</p>
      </>
    );
  }
  const percent = Math.round(summary.confidence * 100);
  return (
    <section aria-label={t('verdictLabel')}>
      <p class="verdict yes" data-testid="verdict">
        {t('verdictYes', percent)}
      </p>
      <p class="signals">{t('signals', summary.signals.map((s) => t(SIGNALS[s.name], s.count)).join(', '))}</p>
      {summary.disabled ? (
        <p data-testid="disabled-note">{t('disabledNote')}</p>
      ) : (
        <dl class="counts">
          <dt>{t('countEntities')}</dt>
          <dd data-testid="entity-count">{summary.entities}</dd>
          <dt>{t('countFigures')}</dt>
          <dd data-testid="figure-count">{summary.figures}</dd>
          {COUNTS.map(([name, label]) =>
            summary.byHighlight[name] ? (
              <>
                <dt key={`${name}-t`}>{t(label)}</dt>
                <dd key={`${name}-d`} data-testid={name}>
                  {summary.byHighlight[name]}
                </dd>
              </>
            ) : null,
          )}
        </dl>
      )}
    </section>
  );
}
