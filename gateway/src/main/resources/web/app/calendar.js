// A campaign's content calendar for the brand, a month at a time (UTC), in scheduled order: every
// creator's posts with their brief, caption and state; brand admins approve a submitted post or
// request changes. The month is part of the route (#/campaigns/{id}/calendar/2026-12), so that it
// is a link and survives a new sign-in.
import { html, css } from 'lit';
import { graphql } from './api.js';
import { QueryPage, shared, loading, failure } from './ui.js';
import './post-review.js';

const CALENDAR = `query Calendar($id: ID!, $from: DateTime!, $to: DateTime!, $after: String) {
  campaign(id: $id) { id name }
  posts(campaignId: $id, scheduledFrom: $from, scheduledTo: $to, first: 100, after: $after) {
    nodes { id brief platform format status scheduledAt caption feedback publishedUrl creator { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The month (YYYY-MM) `months` after the given one. */
export function addMonths(month, months) {
  const [year, index] = month.split('-').map(Number);
  return new Date(Date.UTC(year, index - 1 + months, 1)).toISOString().slice(0, 7);
}

function monthName(month) {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

class ContentCalendar extends QueryPage {
  static properties = {
    campaignId: {}, month: {}, user: { attribute: false }, waitingOnly: { state: true }, more: { state: true },
  };

  static styles = [shared, css`
    td.post { min-width: 14rem; }
    .caption { white-space: pre-line; }
  `];

  willUpdate(changed) {
    if (changed.has('month') && changed.get('month') !== undefined) this.load();
  }

  fetchData() {
    return this.page(null);
  }

  page(after) {
    return graphql(CALENDAR, {
      id: this.campaignId, from: `${this.month}-01T00:00:00Z`, to: `${addMonths(this.month, 1)}-01T00:00:00Z`, after,
    });
  }

  /** The next 100 posts of the month, added to those shown. */
  async loadMore() {
    this.more = { busy: true };
    try {
      const next = await this.page(this.data.posts.pageInfo.endCursor);
      this.data = { ...next, posts: { ...next.posts, nodes: [...this.data.posts.nodes, ...next.posts.nodes] } };
      this.more = null;
    } catch (error) {
      this.more = { error: error.message };
    }
  }

  showMonth(event) {
    event.preventDefault();
    const month = new FormData(event.target).get('month');
    this.go(month);
  }

  go(month) {
    const route = `#/campaigns/${encodeURIComponent(this.campaignId)}/calendar/${month}`;
    if (location.hash === route) this.load();
    else location.hash = route;
  }

  render() {
    const back = html`<p><a href="#/campaigns/${encodeURIComponent(this.campaignId)}">Campaign page</a></p>`;
    if (this.error) return html`${back}${failure(this.error, () => this.load())}`;
    if (!this.data) return html`${back}${loading('the calendar')}`;
    const { campaign, posts } = this.data;
    if (!campaign) return html`<p><a href="#/">All campaigns</a></p><p role="alert">There is no such campaign.</p>`;
    const waiting = posts.nodes.filter((p) => p.status === 'SUBMITTED').length;
    const shown = this.waitingOnly ? posts.nodes.filter((p) => p.status === 'SUBMITTED') : posts.nodes;
    return html`${back}
      <h1>Content calendar: ${campaign.name}</h1>
      <form class="row" @submit=${this.showMonth}>
        <button type="button" @click=${() => this.go(addMonths(this.month, -1))}>Previous month</button>
        <label>Month <input type="month" name="month" required .value=${this.month}></label>
        <button type="submit">Show month</button>
        <button type="button" @click=${() => this.go(addMonths(this.month, 1))}>Next month</button>
      </form>
      <h2>${monthName(this.month)}</h2>
      <p data-summary>${posts.nodes.length} ${posts.nodes.length === 1 ? 'post' : 'posts'}${posts.pageInfo.hasNextPage ? ' so far' : ''},
        ${waiting} waiting for review.</p>
      <label><span><input type="checkbox" .checked=${this.waitingOnly ?? false}
        @change=${(e) => { this.waitingOnly = e.target.checked; }}> Only posts waiting for review</span></label>
      ${shown.length ? this.table(shown) : html`<p>No posts ${this.waitingOnly ? 'waiting for review ' : ''}in ${monthName(this.month)}.</p>`}
      ${posts.pageInfo.hasNextPage ? html`<button ?disabled=${this.more?.busy} @click=${this.loadMore}>Show more posts</button>` : ''}
      ${this.more?.error ? html`<p role="alert" class="error">${this.more.error}</p>` : ''}`;
  }

  table(posts) {
    return html`<div class="scroll"><table data-calendar>
      <caption class="muted">Scheduled times in UTC</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Creator</th><th scope="col">Post</th>
        <th scope="col">Status</th>${this.user.isAdmin ? html`<th scope="col">Review</th>` : ''}</tr></thead>
      <tbody>${posts.map((post) => html`<tr data-post=${post.id}>
        <td>${post.scheduledAt.slice(0, 10)}<br><span class="muted">${post.scheduledAt.slice(11, 16)}</span></td>
        <th scope="row">${post.creator?.name ?? 'Unknown creator'}</th>
        <td class="post"><strong>${post.brief}</strong><br>
          <span class="muted">${post.platform.toLowerCase()}, ${post.format.toLowerCase()}</span>
          ${post.caption ? html`<p class="caption">${post.caption}</p>` : ''}
          ${post.feedback ? html`<p>Changes asked: ${post.feedback}</p>` : ''}
          ${post.publishedUrl ? html`<p><a href=${post.publishedUrl} rel="noopener noreferrer">The published post</a></p>` : ''}</td>
        <td><span class="status" data-field="status">${post.status}</span></td>
        ${this.user.isAdmin ? html`<td>${post.status === 'SUBMITTED'
          ? html`<cp-post-review .post=${post} @reviewed=${() => this.load(true)}></cp-post-review>` : ''}</td>` : ''}
      </tr>`)}</tbody></table></div>`;
  }
}
customElements.define('cp-calendar', ContentCalendar);
