// The creator's app, mobile first: invitations to answer, each campaign's links and discount codes
// with copy buttons, the content calendar, earnings that change live (the myEarnings subscription)
// as orders are credited, and the payout statements with the lines behind each.
import { LitElement, html, css } from 'lit';
import { graphql, subscribe } from './api.js';
import { shared, loading, failure, money } from './ui.js';

const EARNINGS = 'pending { amount currency } payable { amount currency } paid { amount currency } total { amount currency }';

const CREATOR_HOME = `query CreatorHome {
  me {
    earnings { ${EARNINGS} }
    invitations { id invitationMessage campaign { name } }
    campaignDetails {
      campaign { id name status }
      links { id url platform madeForPost }
      discountCodes { id code }
      posts { totalCount nodes { post { id brief platform status scheduledAt feedback } } }
    }
    statements(first: 6) {
      nodes { id createdAt carriedForward total { amount currency } carried { amount currency }
        lines { id kind createdAt orderId postId reason amount { amount currency } } }
      pageInfo { hasNextPage }
    }
  }
}`;

/** What a statement's line is, in words. */
const LINE_KINDS = {
  ACCRUAL: (l) => `Order ${l.orderId}`,
  REVERSAL: (l) => `Refund of order ${l.orderId}`,
  BONUS: () => 'Revenue bonus',
  TIER_ADJUSTMENT: () => 'Tier top-up',
  POST_FEE: () => 'Fee for a published post',
  PAYOUT: () => 'Paid out',
  ADJUSTMENT: (l) => `Adjustment${l.reason ? `: ${l.reason}` : ''}`,
};

const LIVE_EARNINGS = `subscription { myEarnings { earnings { ${EARNINGS} } entry { kind amount { amount currency } } } }`;

class CreatorHome extends LitElement {
  static properties = {
    me: { state: true }, error: { state: true }, earnings: { state: true },
    notice: { state: true }, live: { state: true },
  };

  static styles = [shared, css`
    ul { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
    textarea, input[type=url] { font: inherit; width: 100%; box-sizing: border-box; }
    li.item form { flex-basis: 100%; }
    li.item { display: flex; justify-content: space-between; align-items: center; gap: .5rem; flex-wrap: wrap; }
    code { overflow-wrap: anywhere; font-size: .9rem; }
    .earnings { display: grid; grid-template-columns: repeat(2, 1fr); gap: .5rem; }
    .earnings dd { margin: 0; font-size: 1.25rem; font-weight: 600; }
    .earnings dt { font-size: .875rem; color: #4f5862; }
    section { margin-bottom: 1rem; }
    h3 { font-size: 1.05rem; margin: .5rem 0 .25rem; }
    summary { cursor: pointer; min-height: 1.5rem; }
  `];

  connectedCallback() {
    super.connectedCallback();
    this.load();
    this.stop = subscribe(LIVE_EARNINGS, {}, ({ myEarnings }) => {
      this.earnings = myEarnings.earnings;
      this.live = `Just now: ${myEarnings.entry.kind.toLowerCase()} of ${money(myEarnings.entry.amount)}.`;
    }, (message) => { this.live = message; });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop?.();
  }

  async load() {
    this.error = null;
    try {
      this.me = (await graphql(CREATOR_HOME)).me;
      this.earnings = this.me.earnings;
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    if (this.error) return failure(this.error, () => this.load());
    if (!this.me) return loading('your campaigns');
    return html`
      <section class="card" aria-labelledby="earnings-title">
        <h1 id="earnings-title">Your earnings</h1>
        ${this.earnings.length ? this.earnings.map((e) => html`<dl class="earnings" data-currency=${e.total.currency}>
          <div><dt>In all</dt><dd data-field="total">${money(e.total)}</dd></div>
          <div><dt>Pending</dt><dd data-field="pending">${money(e.pending)}</dd></div>
          <div><dt>Payable</dt><dd data-field="payable">${money(e.payable)}</dd></div>
          <div><dt>Paid</dt><dd data-field="paid">${money(e.paid)}</dd></div></dl>`)
          : html`<p data-field="total">Nothing earned yet.</p>`}
        <p role="status" class="muted">${this.live ?? ''}</p>
      </section>
      <p role="status" class="muted">${this.notice ?? ''}</p>
      ${this.me.invitations.length ? html`<section><h2>Invitations</h2><ul>${this.me.invitations.map((m) => html`
        <li class="card item"><span><strong>${m.campaign?.name}</strong><br>${m.invitationMessage ?? ''}</span>
          <span class="row"><button class="primary" @click=${() => this.answer('acceptInvitation', m)}>Accept</button>
          <button @click=${() => this.answer('declineInvitation', m)}>Decline</button></span></li>`)}</ul></section>` : ''}
      ${this.me.campaignDetails.map((c) => this.campaign(c))}
      ${this.statements(this.me.statements)}`;
  }

  statements(statements) {
    return html`<section aria-labelledby="statements-title">
      <h2 id="statements-title">Statements</h2>
      ${statements.nodes.length ? html`<ul>${statements.nodes.map((s) => html`<li class="card" data-statement=${s.id}>
        <h3>${s.createdAt.slice(0, 10)}: <span data-field="statement-total">${money(s.total)}</span></h3>
        <p class="muted">${s.carriedForward
          ? 'Under the minimum payout: it waits for the next payout run.'
          : `Payable with this payout run${Number(s.carried.amount) ? `, ${money(s.carried)} of it from earlier months` : ''}.`}</p>
        <details><summary>${s.lines.length} ${s.lines.length === 1 ? 'line' : 'lines'}</summary>
          <table><caption class="muted">What the statement adds up</caption>
            <thead><tr><th scope="col">Day</th><th scope="col">What</th><th scope="col" class="num">Amount</th></tr></thead>
            <tbody>${s.lines.map((line) => html`<tr><td>${line.createdAt.slice(0, 10)}</td>
              <td>${(LINE_KINDS[line.kind] ?? (() => line.kind))(line)}</td><td class="num">${money(line.amount)}</td></tr>`)}</tbody>
          </table></details></li>`)}</ul>
        ${statements.pageInfo.hasNextPage ? html`<p class="muted">The newest ${statements.nodes.length} statements.</p>` : ''}`
        : html`<p class="muted">No statements yet: one comes with the brand's monthly payout run.</p>`}
    </section>`;
  }

  campaign(details) {
    return html`<section class="card" data-campaign=${details.campaign.id}>
      <h2>${details.campaign.name} <span class="status">${details.campaign.status}</span></h2>
      <h3>Links</h3>
      ${details.links.length ? html`<ul>${details.links.map((link) => html`<li class="item">
        <code>${link.url}</code>
        <button aria-label=${`Copy link ${link.url}`} @click=${() => this.copy(link.url)}>Copy link</button></li>`)}</ul>`
        : html`<p class="muted">No links yet.</p>`}
      <h3>Discount codes</h3>
      ${details.discountCodes.length ? html`<ul>${details.discountCodes.map((code) => html`<li class="item">
        <code>${code.code}</code>
        <button aria-label=${`Copy code ${code.code}`} @click=${() => this.copy(code.code)}>Copy code</button></li>`)}</ul>`
        : html`<p class="muted">No codes yet.</p>`}
      <h3>Calendar</h3>
      ${details.posts.nodes.length ? html`<ul>${details.posts.nodes.map(({ post }) => html`<li class="item">
        <span>${post.scheduledAt.slice(0, 10)} · ${post.platform} · ${post.brief}
          ${post.feedback ? html`<br><span class="muted">Changes asked: ${post.feedback}</span>` : ''}</span>
        <span class="status">${post.status}</span>${this.postAction(post)}</li>`)}</ul>`
        : html`<p class="muted">No posts planned.</p>`}
    </section>`;
  }

  /** Submitting a planned post's caption for review; publishing an approved one. */
  postAction(post) {
    if (post.status === 'PLANNED' || post.status === 'CHANGES_REQUESTED') {
      return html`<form class="row" data-post=${post.id} @submit=${(e) => this.submitPost(e, post)}>
        <label>Caption <textarea name="caption" required rows="2"></textarea></label>
        <button type="submit">Submit for review</button></form>`;
    }
    if (post.status === 'APPROVED') {
      return html`<form class="row" data-post=${post.id} @submit=${(e) => this.publishPost(e, post)}>
        <label>Published at (URL) <input type="url" name="publishedUrl" required></label>
        <label>Caption <textarea name="caption" required rows="2"></textarea></label>
        <label><span><input type="checkbox" name="paidPartnership"> Marked as paid partnership</span></label>
        <button type="submit">Publish</button></form>`;
    }
    return '';
  }

  submitPost(event, post) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.change(`mutation($id: ID!, $caption: String!) { submitPost(input: { postId: $id, caption: $caption }) { post { id status } } }`,
      { id: post.id, caption: form.get('caption') }, 'Submitted for review.');
  }

  publishPost(event, post) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.change(`mutation($id: ID!, $caption: String!, $url: String!, $paid: Boolean) {
        publishPost(input: { postId: $id, caption: $caption, publishedUrl: $url, paidPartnership: $paid }) { post { id status } } }`,
    { id: post.id, caption: form.get('caption'), url: form.get('publishedUrl'), paid: form.get('paidPartnership') === 'on' },
    'Published.');
  }

  async change(mutation, variables, done) {
    try {
      await graphql(mutation, variables);
      this.notice = done;
      await this.load();
    } catch (error) {
      this.notice = error.message;
    }
  }

  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      this.notice = `Copied ${text}`;
    } catch {
      this.notice = 'Copying is not allowed here: select the text and copy it.';
    }
  }

  answer(mutation, membership) {
    return this.change(`mutation($id: ID!) { ${mutation}(input: { membershipId: $id }) { membership { id status } } }`,
      { id: membership.id },
      mutation === 'acceptInvitation' ? `You joined ${membership.campaign?.name}.` : 'Invitation declined.');
  }
}
customElements.define('cp-creator', CreatorHome);
