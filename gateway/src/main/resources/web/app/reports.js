// The brand's reports: traffic, orders and refunds for a date range, grouped by any of campaign,
// creator, post, platform and day, with the same as CSV through an export job.
import { LitElement, html } from 'lit';
import { graphql, exportCsv } from './api.js';
import { shared, loading, failure, money, percent, utcDay } from './ui.js';

const DIMENSIONS = [['CAMPAIGN', 'Campaign'], ['CREATOR', 'Creator'], ['POST', 'Post'], ['PLATFORM', 'Platform'], ['DAY', 'Day']];

const REPORT = `query Report($filter: ReportFilterInput!, $groupBy: [ReportDimension!]) {
  report(filter: $filter, groupBy: $groupBy) {
    campaignId creatorId postId platform day
    clicks uniqueClicks orders revenue { amount currency } refunded { amount currency } conversionRate
  }
}`;

class Reports extends LitElement {
  static properties = {
    rows: { state: true }, error: { state: true }, busy: { state: true }, exporting: { state: true },
  };
  static styles = shared;

  constructor() {
    super();
    this.query = { from: utcDay(-29), to: utcDay(), groupBy: ['CREATOR'] };
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.error = null;
    this.busy = true;
    try {
      this.rows = (await graphql(REPORT, {
        filter: { from: this.query.from, to: this.query.to }, groupBy: this.query.groupBy,
      })).report;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  apply(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.query = { from: form.get('from'), to: form.get('to'), groupBy: form.getAll('groupBy') };
    if (this.query.from > this.query.to) {
      this.error = new Error('The first day must not be after the last.');
      return;
    }
    this.load();
  }

  async export() {
    this.exporting = 'Preparing the export…';
    try {
      const job = await exportCsv({ kind: 'REPORT', groupBy: this.query.groupBy,
        filter: { from: this.query.from, to: this.query.to } }, (status) => { this.exporting = `Export ${status.toLowerCase()}…`; });
      this.exporting = `Exported ${job.rowCount} rows to ${job.fileName}.`;
    } catch (error) {
      this.exporting = `Export failed: ${error.message}`;
    }
  }

  render() {
    const groups = this.query.groupBy;
    return html`<p><a href="#/">All campaigns</a></p><h1>Reports</h1>
      <form @submit=${this.apply}>
        <div class="row">
          <label>From <input type="date" name="from" required .value=${this.query.from} max=${utcDay()}></label>
          <label>To <input type="date" name="to" required .value=${this.query.to} max=${utcDay()}></label>
        </div>
        <fieldset><legend>Group by</legend><div class="row">${DIMENSIONS.map(([value, label]) => html`
          <label><span><input type="checkbox" name="groupBy" value=${value} ?checked=${groups.includes(value)}> ${label}</span></label>`)}</div>
        </fieldset>
        <div class="row"><button type="submit">Show report</button>
          <button type="button" class="primary" @click=${this.export}>Export CSV</button>
          <span role="status" class="muted">${this.exporting ?? ''}</span></div>
      </form>
      ${this.error ? failure(this.error, () => this.load()) : ''}
      ${this.busy ? loading('the report') : ''}
      ${this.rows && !this.busy ? this.table(groups) : ''}`;
  }

  table(groups) {
    if (!this.rows.length) return html`<p>Nothing in these days.</p>`;
    const key = { CAMPAIGN: 'campaignId', CREATOR: 'creatorId', POST: 'postId', PLATFORM: 'platform', DAY: 'day' };
    return html`<div class="scroll"><table data-report>
      <caption class="muted">${this.query.from} to ${this.query.to}, ${this.rows.length} rows</caption>
      <thead><tr>${groups.map((g) => html`<th scope="col">${DIMENSIONS.find(([v]) => v === g)[1]}</th>`)}
        <th scope="col" class="num">Clicks</th><th scope="col" class="num">Unique clicks</th><th scope="col" class="num">Orders</th>
        <th scope="col" class="num">Revenue</th><th scope="col" class="num">Refunded</th><th scope="col" class="num">Conversion</th></tr></thead>
      <tbody>${this.rows.map((row) => html`<tr>${groups.map((g) => html`<td>${row[key[g]] ?? '—'}</td>`)}
        <td class="num">${row.clicks}</td><td class="num">${row.uniqueClicks}</td><td class="num">${row.orders}</td>
        <td class="num">${money(row.revenue)}</td><td class="num">${money(row.refunded)}</td><td class="num">${percent(row.conversionRate)}</td></tr>`)}
      </tbody></table></div>`;
  }
}
customElements.define('cp-reports', Reports);
