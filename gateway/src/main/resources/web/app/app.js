// The web app's shell: signs in, then shows the brand's pages or the creator's by the user's role,
// routed by the URL's hash (#/campaigns/{id}, …/creators, …/calendar/{month}) so that a page
// survives a new sign-in.
import { LitElement, html, css } from 'lit';
import { signIn, signOut } from './auth.js';
import { shared, failure, utcDay } from './ui.js';
import './campaigns.js';
import './campaign.js';
import './creator.js';
import './reports.js';
import './payouts.js';
import './selection.js';
import './calendar.js';

class PlatformApp extends LitElement {
  static properties = { user: { state: true }, route: { state: true }, error: { state: true } };

  static styles = [shared, css`
    header { display: flex; justify-content: space-between; align-items: center; gap: 1rem;
      padding: .6rem 1rem; background: #0d2b4e; color: #fff; }
    header a { color: #fff; font-weight: 600; text-decoration: none; margin-right: 1rem; }
    header button { background: transparent; color: #fff; border-color: #fff; }
    main { padding: 1rem; max-width: 72rem; margin: 0 auto; }
    .who { font-size: .875rem; }
  `];

  constructor() {
    super();
    this.route = location.hash;
    addEventListener('hashchange', () => { this.route = location.hash; });
    this.start();
  }

  async start() {
    this.error = null;
    try {
      this.user = await signIn();
      this.route = location.hash;
    } catch (error) {
      this.error = new Error(`Signing in failed${error?.message ? `: ${error.message}` : ''}. The sign-in service may be unreachable.`);
    }
  }

  render() {
    if (this.error) return html`<main>${failure(this.error, () => location.reload())}</main>`;
    if (!this.user) return html`<main><p role="status">Signing you in…</p></main>`;
    return html`
      <header>
        <nav aria-label="Main"><a href="#/">Creator platform</a>
          ${this.user.isBrand ? html`<a href="#/reports">Reports</a><a href="#/payouts">Payouts</a>` : ''}</nav>
        <span class="who">${this.user.name}
          (${this.user.isAdmin ? 'brand admin' : this.user.isBrand ? 'brand viewer' : 'creator'})
          <button @click=${signOut}>Sign out</button></span>
      </header>
      <main>${this.page()}</main>`;
  }

  page() {
    if (this.user.isCreator) return html`<cp-creator></cp-creator>`;
    if (!this.user.isBrand) return html`<p role="alert">This account has no access to the platform.</p>`;
    if (this.route === '#/reports') return html`<cp-reports></cp-reports>`;
    if (this.route === '#/payouts') return html`<cp-payouts .user=${this.user}></cp-payouts>`;
    const campaign = /^#\/campaigns\/([^/]+)(?:\/(creators|calendar)(?:\/(\d{4}-\d{2}))?)?$/.exec(this.route);
    if (!campaign) return html`<cp-campaigns></cp-campaigns>`;
    const [, id, part, month] = campaign;
    if (part === 'creators') return html`<cp-selection .campaignId=${decodeURIComponent(id)} .user=${this.user}></cp-selection>`;
    if (part === 'calendar') {
      return html`<cp-calendar .campaignId=${decodeURIComponent(id)} .month=${month ?? utcDay().slice(0, 7)}
        .user=${this.user}></cp-calendar>`;
    }
    return html`<cp-campaign .campaignId=${decodeURIComponent(id)} .user=${this.user}></cp-campaign>`;
  }
}
customElements.define('cp-app', PlatformApp);
