// A campaign's page for the brand: its goals and their progress, a daily chart of clicks, orders
// and revenue, the creators with their figures and each creator's posts with theirs, all for one
// date range, in one GraphQL request (the dashboard's), and a CSV export of the same figures.
// Write actions (the campaign's status, reviewing posts) are shown to brand admins only; choosing
// creators and the content calendar have pages of their own.
import { html, css } from 'lit';
import { graphql, exportCsv } from './api.js';
import { QueryPage, shared, loading, failure, money, percent, utcDay } from './ui.js';
import { everyDay } from './daily-chart.js';
import './daily-chart.js';
import './post-review.js';

const FIGURES = 'clicks uniqueClicks orders revenue { amount currency } netRevenue { amount currency } conversionRate commission { amount currency }';

export const CAMPAIGN_PAGE = `query CampaignPage($id: ID!, $campaign: String!, $from: Date!, $to: Date!) {
  campaign(id: $id) {
    id name status startsOn endsOn
    goals { metric target { count money { amount currency } }
            progress { current { count money { amount currency } } ratio reached } }
    creators(first: 100, postsPerCreator: 20, from: $from, to: $to) {
      pageInfo { hasNextPage }
      nodes {
        membership { status }
        creator { id name }
        performance { ${FIGURES} }
        posts { totalCount nodes { post { id brief platform status scheduledAt } performance { ${FIGURES} } } }
      }
    }
  }
  myBrand { currency }
  report(filter: { campaignIds: [$campaign], from: $from, to: $to }, groupBy: [DAY]) {
    day clicks orders revenue { amount }
  }
}`;

const NEXT_STATUSES = {
  DRAFT: [['ACTIVE', 'Activate campaign']],
  ACTIVE: [['PAUSED', 'Pause campaign'], ['ENDED', 'End campaign']],
  PAUSED: [['ACTIVE', 'Resume campaign'], ['ENDED', 'End campaign']],
  ENDED: [],
};

function goalValue(value) {
  return value?.money ? money(value.money) : (value?.count ?? '—');
}

class CampaignPage extends QueryPage {
  static properties = {
    campaignId: {}, user: { attribute: false },
    from: { state: true }, to: { state: true },
    open: { state: true }, exporting: { state: true }, actionError: { state: true }, changing: { state: true },
  };

  static styles = [shared, css`
    .goals { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; }
    progress { width: 100%; height: 1rem; }
    tr.posts > td { background: #fafbfc; padding: .25rem .5rem .75rem 2rem; }
    .actions { display: flex; gap: .5rem; flex-wrap: wrap; }
  `];

  constructor() {
    super();
    this.to = utcDay();
    this.from = utcDay(-29);
    this.open = new Set();
  }

  fetchData() {
    return graphql(CAMPAIGN_PAGE, { id: this.campaignId, campaign: this.campaignId, from: this.from, to: this.to });
  }

  render() {
    if (this.error) return html`<p><a href="#/">All campaigns</a></p>${failure(this.error, () => this.load())}`;
    if (!this.data) return loading('the campaign');
    const campaign = this.data.campaign;
    if (!campaign) return html`<p><a href="#/">All campaigns</a></p><p role="alert">There is no such campaign.</p>`;
    return html`
      <p><a href="#/">All campaigns</a></p>
      <h1>${campaign.name}</h1>
      <p><span class="status">${campaign.status}</span>
        <span class="muted">from ${campaign.startsOn} to ${campaign.endsOn ?? 'open end'}</span></p>
      <nav aria-label="Campaign" class="actions">
        <a href="#/campaigns/${encodeURIComponent(campaign.id)}/creators">Choose creators</a>
        <a href="#/campaigns/${encodeURIComponent(campaign.id)}/calendar">Content calendar</a></nav>
      ${this.user.isAdmin ? this.statusActions(campaign) : ''}
      ${this.actionError ? html`<p role="alert" class="error">${this.actionError}</p>` : ''}
      <form class="row" @submit=${this.applyRange}>
        <label>From <input type="date" name="from" required .value=${this.from} max=${utcDay()}></label>
        <label>To <input type="date" name="to" required .value=${this.to} max=${utcDay()}></label>
        <button type="submit">Show these days</button>
        <button type="button" class="primary" @click=${this.export} ?disabled=${this.exporting?.busy}>Export CSV</button>
        <span role="status" class="muted">${this.exporting?.message ?? ''}</span>
      </form>
      ${this.goals(campaign.goals)}
      <h2>Day by day</h2>
      <cp-daily-chart .days=${everyDay(this.data.report, this.from, this.to)} currency=${this.data.myBrand?.currency ?? ''}></cp-daily-chart>
      <h2>Creators</h2>
      ${this.creators(campaign.creators)}`;
  }

  statusActions(campaign) {
    return html`<div class="actions">${NEXT_STATUSES[campaign.status].map(([status, label]) =>
      html`<button data-action="status" ?disabled=${this.changing} @click=${() => this.changeStatus(status)}>${label}</button>`)}</div>`;
  }

  goals(goals) {
    if (!goals.length) return html`<h2>Goals</h2><p class="muted">No goals set.</p>`;
    return html`<h2>Goals</h2><div class="goals">${goals.map((goal) => html`<div class="card" data-goal=${goal.metric}>
      <strong>${goal.metric.replace('_', ' ').toLowerCase()}</strong>
      <p>${goalValue(goal.progress?.current)} of ${goalValue(goal.target)}
        ${goal.progress?.reached ? html`<span class="status">reached</span>` : ''}</p>
      <progress max="1" .value=${Math.min(goal.progress?.ratio ?? 0, 1)}
        aria-label=${`${goal.metric} goal: ${percent(goal.progress?.ratio ?? 0)}`}></progress>
    </div>`)}</div>`;
  }

  creators(creators) {
    if (!creators.nodes.length) return html`<p class="muted">No creators in this campaign yet.</p>`;
    return html`<div class="scroll"><table>
      <caption class="muted">${this.from} to ${this.to}${creators.pageInfo.hasNextPage ? ', the first 100 creators' : ''}</caption>
      <thead><tr>
        <th scope="col">Creator</th><th scope="col">Status</th>
        <th scope="col" class="num">Clicks</th><th scope="col" class="num">Unique clicks</th>
        <th scope="col" class="num">Orders</th><th scope="col" class="num">Revenue</th>
        <th scope="col" class="num">Net revenue</th><th scope="col" class="num">Conversion</th>
        <th scope="col" class="num">Commission</th><th scope="col">Posts</th>
      </tr></thead>
      <tbody>${creators.nodes.map((row) => this.creatorRows(row))}</tbody>
    </table></div>`;
  }

  creatorRows(row) {
    const id = row.creator?.id;
    const open = this.open.has(id);
    return html`<tr data-creator=${id}>
        <th scope="row">${row.creator?.name ?? 'Unknown creator'}</th>
        <td><span class="status">${row.membership.status}</span></td>
        ${this.figureCells(row.performance)}
        <td>${row.posts?.totalCount
          ? html`<button aria-expanded=${open} aria-controls="posts-${id}" @click=${() => this.toggle(id)}>
              ${open ? "Hide" : "Show"} ${row.posts.totalCount} ${row.posts.totalCount === 1 ? "post" : "posts"}</button>`
          : html`<span class="muted">none</span>`}</td>
      </tr>
      ${open ? html`<tr class="posts" id="posts-${id}"><td colspan="10">${this.posts(row)}</td></tr>` : ''}`;
  }

  figureCells(p) {
    return html`<td class="num" data-field="clicks">${p?.clicks ?? 0}</td>
      <td class="num" data-field="uniqueClicks">${p?.uniqueClicks ?? 0}</td>
      <td class="num" data-field="orders">${p?.orders ?? 0}</td>
      <td class="num" data-field="revenue">${money(p?.revenue)}</td>
      <td class="num" data-field="netRevenue">${money(p?.netRevenue)}</td>
      <td class="num" data-field="conversionRate">${percent(p?.conversionRate ?? 0)}</td>
      <td class="num" data-field="commission">${money(p?.commission)}</td>`;
  }

  posts(row) {
    return html`<table>
      <caption class="muted">${row.creator?.name}'s posts${row.posts.totalCount > row.posts.nodes.length ? `, the first ${row.posts.nodes.length}` : ''}</caption>
      <thead><tr><th scope="col">Post</th><th scope="col">Status</th>
        <th scope="col" class="num">Clicks</th><th scope="col" class="num">Unique clicks</th>
        <th scope="col" class="num">Orders</th><th scope="col" class="num">Revenue</th>
        <th scope="col" class="num">Net revenue</th><th scope="col" class="num">Conversion</th>
        <th scope="col" class="num">Commission</th>${this.user.isAdmin ? html`<th scope="col">Review</th>` : ''}</tr></thead>
      <tbody>${row.posts.nodes.map(({ post, performance }) => html`<tr data-post=${post.id}>
        <th scope="row">${post.brief}<br><span class="muted">${post.platform}, ${post.scheduledAt.slice(0, 10)}</span></th>
        <td><span class="status">${post.status}</span></td>
        ${this.figureCells(performance)}
        ${this.user.isAdmin ? html`<td>${post.status === 'SUBMITTED'
          ? html`<cp-post-review .post=${post} @reviewed=${() => this.load(true)}></cp-post-review>` : ''}</td>` : ''}
      </tr>`)}</tbody></table>`;
  }

  toggle(id) {
    const open = new Set(this.open);
    if (!open.delete(id)) open.add(id);
    this.open = open;
  }

  applyRange(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    if (form.get('from') > form.get('to')) {
      this.actionError = 'The first day must not be after the last.';
      return;
    }
    this.actionError = null;
    this.from = form.get('from');
    this.to = form.get('to');
    this.load();
  }

  async changeStatus(status) {
    await this.act(`mutation($id: ID!, $status: CampaignStatus!) { changeCampaignStatus(input: { campaignId: $id, status: $status }) { campaign { status } } }`,
      { id: this.campaignId, status });
  }

  async act(mutation, variables) {
    this.changing = true;
    this.actionError = null;
    try {
      await graphql(mutation, variables);
      await this.load();
    } catch (error) {
      this.actionError = error.message;
    } finally {
      this.changing = false;
    }
  }

  /** The creators' figures for the range as CSV. */
  async export() {
    this.exporting = { busy: true, message: 'Preparing the export…' };
    try {
      const job = await exportCsv(
        { kind: 'REPORT', groupBy: ['CREATOR'], filter: { campaignIds: [this.campaignId], from: this.from, to: this.to } },
        (status) => { this.exporting = { busy: true, message: `Export ${status.toLowerCase()}…` }; });
      this.exporting = { busy: false, message: `Exported ${job.rowCount} rows to ${job.fileName}.` };
    } catch (error) {
      this.exporting = { busy: false, message: `Export failed: ${error.message}` };
    }
  }
}
customElements.define('cp-campaign', CampaignPage);
