/** The inline badge and its popover, rendered with Preact inside the badge's shadow root. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckedClaim, FactRef } from '../engine/match/check';
import type { Lang } from '../engine/types';
import { STRINGS, VERDICT_ICON, dictionary, t, verdictLabel } from '../i18n';
import { explanationOf } from '../i18n/explain';
import { figure, formatDate } from '../i18n/format';
import { reportMailto, reportText } from './review';

export interface BadgeProps {
  claim: CheckedClaim;
  lang: Lang;
  compact: boolean;
  /** Opened from outside (the popup's "show on the page"). */
  initiallyOpen?: boolean;
  /** Publishers the user hid. */
  hidden?: (publisher: string, url: string) => boolean;
  /** Publishers the user prefers: their sources come first. */
  preferred?: (publisher: string, url: string) => boolean;
  /** The page's address, for "Report a problem". */
  pageUrl?: string;
  /** Where the report may be mailed ('' or absent: copy only). */
  reportEmail?: string;
  /** "Hide this verdict on this page" (absent: not offered). */
  onHide?: (claim: CheckedClaim) => void;
}

/** Copies text: the async clipboard, else the selected text area and execCommand. */
async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!area) return false;
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** "Signaler une erreur / Report a problem": a prefilled report to copy or mail; nothing is sent by itself. */
export function ReportBox({ claim, lang, pageUrl = '', reportEmail = '', onHide }: { claim: CheckedClaim; lang: Lang; pageUrl?: string; reportEmail?: string; onHide?: (c: CheckedClaim) => void }) {
  const r = dictionary(lang).review;
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState('');
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const reportRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) commentRef.current?.focus();
  }, [open]);
  const text = reportText(claim, pageUrl, lang, comment);
  const mailto = reportMailto(reportEmail, claim, pageUrl, lang, comment);
  return (
    <div class="report">
      <div class="actions">
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {r.report}
        </button>
        {onHide && (
          <button type="button" class="link" onClick={() => onHide(claim)}>
            {r.hide}
          </button>
        )}
      </div>
      {open && (
        <div class="report-form" role="group" aria-label={r.reportTitle}>
          <label>
            {r.comment}
            <textarea ref={commentRef} rows={2} maxLength={2000} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
          </label>
          <textarea ref={reportRef} class="report-text" rows={6} readOnly value={text} aria-label={r.reportTitle} />
          <div class="actions">
            <button
              type="button"
              onClick={() => void copyText(text, reportRef.current).then((ok) => setStatus(ok ? r.copied : r.copyFailed))}
            >
              {r.copy}
            </button>
            {mailto && (
              <a class="button" href={mailto} target="_blank" rel="noopener noreferrer">
                {r.mail}
              </a>
            )}
          </div>
          {!mailto && <p class="meta">{r.noMail}</p>}
          <p class="meta" role="status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}

/** Only http(s) links are ever rendered. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function factFigure(f: FactRef, lang: Lang): string {
  return figure(f, lang);
}

/** "Vérifié : 1,2 milliard d’euros — source EcoDataCenter" */
export function badgeLabel(claim: CheckedClaim, lang: Lang): string {
  const src = claim.newer?.sources[0] ?? claim.fact?.sources[0];
  const verdict = verdictLabel(claim.verdict, lang);
  return src ? t(lang, 'badgeAriaSource', { verdict, text: claim.text, publisher: src.publisher }) : t(lang, 'badgeAria', { verdict, text: claim.text });
}

function Sources({ fact, lang, hidden, preferred }: { fact: FactRef; lang: Lang; hidden?: BadgeProps['hidden']; preferred?: BadgeProps['preferred'] }) {
  const list = fact.sources
    .filter((src) => !hidden?.(src.publisher, src.url))
    .sort((a, b) => Number(!!preferred?.(b.publisher, b.url)) - Number(!!preferred?.(a.publisher, a.url)));
  if (!list.length) return null;
  return (
    <ul>
      {list.map((src) => {
        const href = safeHref(src.url);
        return (
          <li key={src.url}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {src.title}
              </a>
            ) : (
              src.title
            )}
            <span class="meta">
              {' '}
              — {src.publisher}, {formatDate(src.date, lang)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A chain's sourced figures, oldest first, with the one the page's figure matches marked (for an
 * outdated figure, where it sits in the history; for a contradicted one, the page's figure last).
 */
export function Timeline({ claim, lang }: { claim: CheckedClaim; lang: Lang }) {
  const s = STRINGS[lang];
  const history = claim.history ?? [];
  const matched = claim.verdict === 'supported' || claim.verdict === 'outdated' ? claim.fact?.id : undefined;
  return (
    <div class="timeline">
      <p class="meta">{s.history}</p>
      <ol>
        {history.map((f) => (
          <li key={f.id} aria-current={f.id === matched ? 'true' : undefined} class={f.id === matched ? 'here' : undefined}>
            <span class="when">{formatDate(f.asOf, lang)}</span> <strong>{factFigure(f, lang)}</strong>
            <span class="meta"> — {f.sources[0]?.publisher}</span>
            {f.id === matched && <span class="tag"> ← {s.onThePage}</span>}
          </li>
        ))}
        {!matched && (
          <li class="here page" aria-current="true">
            <strong>{claim.text}</strong>
            <span class="tag"> ← {s.onThePage}</span>
          </li>
        )}
      </ol>
    </div>
  );
}

function FactRow({ label, fact, lang }: { label: string; fact: FactRef; lang: Lang }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {factFigure(fact, lang)} <span class="meta">({formatDate(fact.asOf, lang)})</span>
      </dd>
    </>
  );
}

export function Popover({ claim, lang, onClose, hidden, preferred, pageUrl, reportEmail, onHide }: { claim: CheckedClaim; lang: Lang; onClose: () => void; hidden?: BadgeProps['hidden']; preferred?: BadgeProps['preferred']; pageUrl?: string; reportEmail?: string; onHide?: BadgeProps['onHide'] }) {
  const s = STRINGS[lang];
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const title = `${VERDICT_ICON[claim.verdict]} ${s[`${claim.verdict}Long` as const]}`;
  return (
    <div
      class="pop"
      role="dialog"
      aria-modal="false"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button ref={closeRef} class="close" type="button" aria-label={s.close} title={s.close} onClick={onClose}>
        ×
      </button>
      <h2 class={claim.verdict} style="background:none">
        {title}
      </h2>
      <dl>
        <dt>{s.pageSays}</dt>
        <dd>{claim.text}</dd>
        {claim.fact && <FactRow label={s.sourced} fact={claim.fact} lang={lang} />}
        {claim.newer && <FactRow label={s.newer} fact={claim.newer} lang={lang} />}
      </dl>
      <p>{explanationOf(claim, lang)}</p>
      {claim.history && claim.history.length > 1 && <Timeline claim={claim} lang={lang} />}
      {(claim.newer ?? claim.fact) && <p class="meta">{(claim.newer ?? claim.fact)!.statement}</p>}
      {(claim.fact || claim.newer) && (
        <>
          <p class="meta">{s.sources}</p>
          {claim.newer && <Sources fact={claim.newer} lang={lang} hidden={hidden} preferred={preferred} />}
          {claim.fact && claim.fact.id !== claim.newer?.id && <Sources fact={claim.fact} lang={lang} hidden={hidden} preferred={preferred} />}
        </>
      )}
      <ReportBox claim={claim} lang={lang} pageUrl={pageUrl} reportEmail={reportEmail} onHide={onHide} />
    </div>
  );
}

export function Badge({ claim, lang, compact, initiallyOpen = false, hidden, preferred, pageUrl, reportEmail, onHide }: BadgeProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        class={`badge ${claim.verdict}${compact ? ' compact' : ''}`}
        aria-label={badgeLabel(claim, lang)}
        aria-expanded={open}
        aria-haspopup="dialog"
        title={STRINGS[lang].badgeHint}
        onClick={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        <span class="icon" aria-hidden="true">
          {VERDICT_ICON[claim.verdict]}
        </span>
        <span class="word" aria-hidden="true">
          {verdictLabel(claim.verdict, lang)}
        </span>
      </button>
      {open && (
        <Popover
          claim={claim} lang={lang} onClose={close} hidden={hidden} preferred={preferred}
          pageUrl={pageUrl} reportEmail={reportEmail} onHide={onHide}
        />
      )}
    </>
  );
}
