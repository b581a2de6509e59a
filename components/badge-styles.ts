/** The one stylesheet shared by every badge's shadow root (adoptedStyleSheets where available). */
export const BADGE_CSS = `
:host { all: initial; display: inline; position: relative; }
.badge {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: .25em;
  margin: 0 .15em; padding: .05em .45em; border-radius: .8em; cursor: pointer; vertical-align: baseline;
  font: 600 .72em/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: .01em;
  border: 1px solid currentColor; white-space: nowrap; text-decoration: none;
}
.badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.badge .icon { font-weight: 800; }
.supported { color: #166534; background: #dcfce7; }
.outdated { color: #854d0e; background: #fef3c7; }
.contradicted { color: #991b1b; background: #fee2e2; }
.unverified { color: #374151; background: #f3f4f6; }
.compact .word { display: none; }
.pop {
  position: absolute; z-index: 2147483647; top: calc(100% + 6px); left: 0; width: 22rem; max-width: 90vw;
  box-sizing: border-box; padding: .8rem .9rem; border-radius: .6rem; text-align: left;
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; white-space: normal;
  color: #111827; background: #ffffff; border: 1px solid #d1d5db; box-shadow: 0 10px 30px rgba(0,0,0,.18);
}
.pop h2 { all: unset; display: flex; align-items: center; gap: .4em; font-weight: 700; font-size: 15px; margin: 0 0 .4rem; }
.pop dl { margin: .3rem 0; display: grid; grid-template-columns: auto 1fr; gap: .15rem .6rem; }
.pop dt { color: #6b7280; }
.pop dd { margin: 0; font-weight: 600; }
.pop p { margin: .35rem 0; }
.pop ul { margin: .2rem 0 0; padding-left: 1.1rem; }
.pop .timeline ol { margin: .2rem 0 .4rem; padding-left: .9rem; border-left: 2px solid #d1d5db; list-style: none; }
.pop .timeline li { margin: .1rem 0; position: relative; }
.pop .timeline li::before { content: ''; position: absolute; left: -1.23rem; top: .45em; width: .5rem; height: .5rem; border-radius: 50%; background: #d1d5db; }
.pop .timeline li.here::before { background: currentColor; }
.pop .timeline .when { font-variant-numeric: tabular-nums; color: #6b7280; }
.pop .timeline .tag { font-weight: 700; }
.pop li { margin: .15rem 0; }
.pop a { color: #1d4ed8; }
.pop .meta { color: #6b7280; font-size: 12.5px; }
.pop .close {
  all: unset; position: absolute; top: .45rem; right: .55rem; cursor: pointer; font-size: 18px; line-height: 1;
  padding: .1rem .3rem; border-radius: .3rem; color: #4b5563;
}
.pop .close:focus-visible { outline: 2px solid #2563eb; }
.pop .report { margin-top: .5rem; border-top: 1px solid #e5e7eb; padding-top: .4rem; }
.pop .actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .3rem 0; }
.pop button.link { all: unset; cursor: pointer; color: #1d4ed8; font-size: 12.5px; text-decoration: underline; }
.pop .report-form button, .pop a.button {
  font: inherit; font-size: 12.5px; padding: .2rem .6rem; border-radius: .35rem; border: 1px solid #9ca3af;
  background: #f9fafb; color: #111827; cursor: pointer; text-decoration: none;
}
.pop label { display: block; font-size: 12.5px; color: #374151; }
.pop textarea {
  display: block; box-sizing: border-box; width: 100%; margin: .2rem 0; font: 12px/1.4 ui-monospace, monospace;
  color: inherit; background: transparent; border: 1px solid #d1d5db; border-radius: .3rem; padding: .3rem; resize: vertical;
}
.pop button:focus-visible, .pop a:focus-visible, .pop textarea:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .pop label { color: #d1d5db; }
  .pop .report { border-top-color: #4b5563; }
  .pop .report-form button, .pop a.button { background: #374151; color: #f3f4f6; border-color: #6b7280; }
  .pop button.link { color: #93c5fd; }
  .supported { color: #bbf7d0; background: #14532d; }
  .outdated { color: #fde68a; background: #713f12; }
  .contradicted { color: #fecaca; background: #7f1d1d; }
  .unverified { color: #e5e7eb; background: #374151; }
  .pop { color: #f3f4f6; background: #1f2937; border-color: #4b5563; }
  .pop dt, .pop .meta { color: #9ca3af; }
  .pop a { color: #93c5fd; }
  .pop .close { color: #d1d5db; }
}
`;
