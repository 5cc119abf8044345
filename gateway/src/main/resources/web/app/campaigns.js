// The brand's campaigns, newest first, a page of 50 at a time.
import { LitElement, html } from 'lit';
import { graphql } from './api.js';
import { shared, loading, failure } from './ui.js';

const CAMPAIGNS = `query Campaigns($after: String) {
  campaigns(first: 50, after: $after) {
    nodes { id name status startsOn endsOn }
    pageInfo { hasNextPage endCursor }
  }
}`;

class CampaignList extends LitElement {
  static properties = { campaigns: { state: true }, page: { state: true }, error: { state: true } };
  static styles = shared;

  connectedCallback() {
    super.connectedCallback();
    this.campaigns = [];
    this.load();
  }

  async load(after = null) {
    this.error = null;
    this.page = null;
    try {
      const { campaigns } = await graphql(CAMPAIGNS, { after });
      this.campaigns = [...this.campaigns, ...campaigns.nodes];
      this.page = campaigns.pageInfo;
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    return html`<h1>Campaigns</h1>
      ${this.error ? failure(this.error, () => this.load(this.page?.endCursor)) : ''}
      ${this.campaigns.length === 0 && this.page ? html`<p>No campaigns yet.</p>` : ''}
      ${this.campaigns.length ? html`<div class="scroll"><table>
        <caption class="muted">Newest first</caption>
        <thead><tr><th scope="col">Campaign</th><th scope="col">Status</th><th scope="col">Starts</th><th scope="col">Ends</th></tr></thead>
        <tbody>${this.campaigns.map((c) => html`<tr>
          <td><a href="#/campaigns/${encodeURIComponent(c.id)}">${c.name}</a></td>
          <td><span class="status">${c.status}</span></td><td>${c.startsOn}</td><td>${c.endsOn ?? '—'}</td>
        </tr>`)}</tbody></table></div>` : ''}
      ${!this.page && !this.error ? loading('campaigns') : ''}
      ${this.page?.hasNextPage ? html`<button @click=${() => this.load(this.page.endCursor)}>Show more campaigns</button>` : ''}`;
  }
}
customElements.define('cp-campaigns', CampaignList);
