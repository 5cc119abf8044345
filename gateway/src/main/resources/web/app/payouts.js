// The brand's payout runs: start one for an ended month, watch it compute (the payoutRunProgress
// subscription), approve it and export it for the payment provider. Starting, approving and
// exporting are for brand admins.
import { LitElement, html } from 'lit';
import { graphql, subscribe, saveFile } from './api.js';
import { shared, loading, failure } from './ui.js';

const RUNS = `query PayoutRuns {
  payoutRuns(first: 20) {
    nodes { id period status actor failureReason progress { creatorsDone creatorsTotal }
      statements { id total { amount currency } carriedForward } }
  }
}`;

const PROGRESS = `subscription($id: ID!) { payoutRunProgress(runId: $id) { id status progress { creatorsDone creatorsTotal } } }`;

/** The month before this one, YYYY-MM (UTC): the newest a run may be started for. */
function lastMonth() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

class PayoutRuns extends LitElement {
  static properties = {
    user: { attribute: false }, runs: { state: true }, error: { state: true }, notice: { state: true },
  };
  static styles = shared;

  connectedCallback() {
    super.connectedCallback();
    this.watching = new Map();
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.watching.forEach((stop) => stop());
  }

  async load() {
    this.error = null;
    try {
      this.runs = (await graphql(RUNS)).payoutRuns.nodes;
      this.runs.filter((run) => run.status === 'COMPUTING').forEach((run) => this.watch(run.id));
    } catch (error) {
      this.error = error;
    }
  }

  /** Follows a computing run until it is computed, then reads the runs again. */
  watch(id) {
    if (this.watching.has(id)) return;
    this.watching.set(id, subscribe(PROGRESS, { id }, ({ payoutRunProgress: state }) => {
      this.runs = this.runs.map((run) => (run.id === state.id ? { ...run, ...state } : run));
      if (state.status !== 'COMPUTING') {
        this.watching.get(id)?.();
        this.watching.delete(id);
        this.load();
      }
    }, (message) => { this.notice = message; }));
  }

  async start(event) {
    event.preventDefault();
    const period = new FormData(event.target).get('period');
    try {
      const { startPayoutRun: { run } } = await graphql(`mutation($period: String!) {
          startPayoutRun(input: { period: $period }) { run { id } } }`, { period });
      this.notice = `Payout run for ${period} started.`;
      await this.load();
      this.watch(run.id);
    } catch (error) {
      this.notice = error.message;
    }
  }

  async approve(run) {
    try {
      await graphql(`mutation($id: ID!) { approvePayoutRun(input: { runId: $id }) { run { id status } } }`, { id: run.id });
      this.notice = `Payout run for ${run.period} approved.`;
      await this.load();
    } catch (error) {
      this.notice = error.message;
    }
  }

  async export(run) {
    try {
      const { payoutRunExport: file } = await graphql(`query($id: ID!) {
          payoutRunExport(runId: $id) { csv fileName contentType } }`, { id: run.id });
      saveFile(new Blob([file.csv], { type: file.contentType }), file.fileName);
      this.notice = `Exported ${file.fileName}.`;
    } catch (error) {
      this.notice = error.message;
    }
  }

  render() {
    return html`<p><a href="#/">All campaigns</a></p><h1>Payout runs</h1>
      ${this.user.isAdmin ? html`<form class="row" @submit=${this.start}>
        <label>Month <input type="month" name="period" required .value=${lastMonth()} max=${lastMonth()}></label>
        <button type="submit" class="primary" data-action="start-run">Start payout run</button></form>` : ''}
      <p role="status" class="muted">${this.notice ?? ''}</p>
      ${this.error ? failure(this.error, () => this.load()) : ''}
      ${!this.runs && !this.error ? loading('payout runs') : ''}
      ${this.runs?.length === 0 ? html`<p>No payout runs yet.</p>` : ''}
      ${this.runs?.length ? html`<div class="scroll"><table>
        <caption class="muted">Newest first</caption>
        <thead><tr><th scope="col">Month</th><th scope="col">Status</th><th scope="col">Progress</th>
          <th scope="col" class="num">Statements</th><th scope="col" class="num">Paid by it</th><th scope="col">Actions</th></tr></thead>
        <tbody>${this.runs.map((run) => this.row(run))}</tbody></table></div>` : ''}`;
  }

  row(run) {
    const paid = run.statements.filter((s) => !s.carriedForward).length;
    return html`<tr data-run=${run.id}>
      <th scope="row">${run.period}</th>
      <td><span class="status">${run.status}</span>${run.failureReason ? html`<br>${run.failureReason}` : ''}</td>
      <td>${run.status === 'COMPUTING'
        ? html`<progress max=${Math.max(run.progress.creatorsTotal, 1)} .value=${run.progress.creatorsDone}
            aria-label=${`Creators computed for ${run.period}`}></progress>
            ${run.progress.creatorsDone} of ${run.progress.creatorsTotal} creators`
        : 'computed'}</td>
      <td class="num">${run.statements.length}</td>
      <td class="num">${paid}</td>
      <td>${this.user.isAdmin ? html`<div class="row">
        ${run.status === 'DRAFT' ? html`<button data-action="approve-run" @click=${() => this.approve(run)}>Approve</button>` : ''}
        ${run.status === 'APPROVED' || run.status === 'PAID' ? html`<button data-action="export-run" @click=${() => this.export(run)}>Export for payment</button>` : ''}
      </div>` : ''}</td>
    </tr>`;
  }
}
customElements.define('cp-payouts', PayoutRuns);
