// What every page shares: styles (contrast of at least 4.5:1, a visible focus ring), the loading and
// error states, how figures are written, and how a page reads the one answer it shows.
import { LitElement, css, html } from 'lit';

export const shared = css`
  :host { display: block; color: #1b1f24; font: 16px/1.45 system-ui, sans-serif; }
  h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
  a { color: #0a4f96; }
  button, input, select { font: inherit; }
  button { cursor: pointer; border: 1px solid #0a4f96; border-radius: 6px; padding: .35rem .8rem;
    background: #fff; color: #0a4f96; min-height: 2.25rem; }
  button.primary { background: #0a4f96; color: #fff; }
  button:disabled { color: #555; border-color: #767676; cursor: default; }
  :focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
  th { background: #f3f5f7; font-weight: 600; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .scroll { overflow-x: auto; }
  .status { display: inline-block; padding: 0 .45rem; border-radius: 4px; background: #e8eef5; font-size: .875rem; }
  .error { border: 1px solid #a4161a; background: #fdecec; color: #7d1013; padding: .75rem; border-radius: 6px; }
  .muted { color: #4f5862; }
  .row { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
  label { display: flex; flex-direction: column; font-size: .875rem; gap: .2rem; }
  fieldset { border: 1px solid #d0d7de; border-radius: 6px; margin: .75rem 0; }
  .card { border: 1px solid #d0d7de; border-radius: 8px; padding: .75rem 1rem; background: #fff; }
`;

export function loading(what) {
  return html`<p role="status" class="muted">Loading ${what}…</p>`;
}

export function failure(error, retry) {
  return html`<div role="alert" class="error">
    <p>${error.message}</p>${retry ? html`<button @click=${retry}>Try again</button>` : ''}
  </div>`;
}

export function money(value) {
  return value ? `${value.amount} ${value.currency}` : '—';
}

export function percent(ratio) {
  return `${(ratio * 100).toFixed(1)} %`;
}

/** The UTC day (YYYY-MM-DD) of an ISO-8601 time, or a dash. */
export function day(time) {
  return time ? time.slice(0, 10) : '—';
}

/** A UTC day, YYYY-MM-DD, {@code days} after today. */
export function utcDay(days = 0) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A page that shows one GraphQL answer: asks for it (`fetchData()`) once connected and again on
 * `load()`; `data` is null while loading, `error` set when it failed. `load(true)` keeps what is
 * shown until the new answer is in (after an action on the page).
 */
export class QueryPage extends LitElement {
  static properties = { data: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load(quietly = false) {
    this.error = null;
    if (!quietly) this.data = null;
    try {
      this.data = await this.fetchData();
    } catch (error) {
      this.error = error;
    }
  }
}
