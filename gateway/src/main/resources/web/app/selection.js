// Choosing a campaign's creators: the brand's roster ranked for the campaign by the selection score
// (rankCandidates: conversion, engagement, niche fit, audience country, reach), optionally for one
// platform; shortlisting a candidate; inviting a shortlisted creator with a personal message (the
// creator is mailed a link). Shortlisting and inviting are for brand admins.
import { html, css } from 'lit';
import { graphql } from './api.js';
import { QueryPage, shared, loading, failure, day } from './ui.js';

const PLATFORMS = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'TWITCH', 'BLOG', 'NEWSLETTER'];

const BREAKDOWN = [['conversion', 'Conversion'], ['engagement', 'Engagement'], ['nicheFit', 'Niche fit'],
  ['audienceCountry', 'Audience country'], ['reach', 'Reach']];

const SELECTION_PAGE = `query CreatorSelection($id: ID!, $platform: Platform) {
  campaign(id: $id) { id name targetNiches targetCountries }
  rankCandidates(campaignId: $id, platform: $platform, limit: 20) {
    score breakdown { conversion engagement nicheFit audienceCountry reach }
    creator { id name country niches accounts { platform handle followers engagementRateBasisPoints } }
  }
  campaignMemberships(campaignId: $id, first: 100) {
    nodes { id status shortlistedAt invitedAt invitationMessage creator { id name } }
    pageInfo { hasNextPage }
  }
}`;

const SHORTLIST = `mutation($campaign: ID!, $creator: ID!) {
  shortlistCreator(input: { campaignId: $campaign, creatorId: $creator }) { membership { id status } } }`;
const INVITE = `mutation($id: ID!, $message: String!) {
  inviteCreator(input: { membershipId: $id, message: $message }) { membership { id status } } }`;

/** The memberships the selection is about: those still being chosen or asked. */
const IN_SELECTION = ['SHORTLISTED', 'INVITED'];

function followers(count) {
  return new Intl.NumberFormat('en', { notation: 'compact' }).format(Number(count));
}

class CreatorSelection extends QueryPage {
  static properties = {
    campaignId: {}, user: { attribute: false }, platform: { state: true },
    busy: { state: true }, notice: { state: true }, problem: { state: true },
  };

  static styles = [shared, css`
    .breakdown { font-size: .8125rem; }
    ul.accounts { list-style: none; margin: 0; padding: 0; }
    textarea { font: inherit; width: 100%; min-width: 16rem; box-sizing: border-box; }
    td form { display: flex; flex-direction: column; gap: .4rem; align-items: start; }
  `];

  constructor() {
    super();
    this.platform = '';
  }

  fetchData() {
    return graphql(SELECTION_PAGE, { id: this.campaignId, platform: this.platform || null });
  }

  render() {
    const back = html`<p><a href="#/campaigns/${encodeURIComponent(this.campaignId)}">Campaign page</a></p>`;
    if (this.error) return html`${back}${failure(this.error, () => this.load())}`;
    if (!this.data) return html`${back}${loading('the ranking')}`;
    const { campaign, rankCandidates: ranked, campaignMemberships: memberships } = this.data;
    if (!campaign) return html`<p><a href="#/">All campaigns</a></p><p role="alert">There is no such campaign.</p>`;
    return html`${back}
      <h1>Choose creators for ${campaign.name}</h1>
      <p class="muted">Ranked against the audience: niches ${campaign.targetNiches.join(', ') || 'any'};
        countries ${campaign.targetCountries.join(', ') || 'any'}.</p>
      <form class="row" @submit=${this.rank}>
        <label>Platform <select name="platform">
          <option value="" ?selected=${!this.platform}>Any platform</option>
          ${PLATFORMS.map((p) => html`<option value=${p} ?selected=${this.platform === p}>${p.toLowerCase()}</option>`)}
        </select></label>
        <button type="submit">Rank creators</button>
      </form>
      <p role="status" class="muted">${this.notice ?? ''}</p>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      <h2>Best suited</h2>
      ${this.ranking(ranked)}
      <h2>Shortlist and invitations</h2>
      ${this.shortlist(memberships)}`;
  }

  ranking(ranked) {
    if (!ranked.length) {
      return html`<p>No creator left to rank: everyone on your roster${this.platform ? ` with a ${this.platform.toLowerCase()} account` : ''} is in this campaign already.</p>`;
    }
    return html`<div class="scroll"><table data-ranking>
      <caption class="muted">Score 0–100: 35 % conversion, 25 % engagement, 20 % niche fit, 10 % audience country, 10 % reach</caption>
      <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Creator</th><th scope="col" class="num">Score</th>
        <th scope="col">Why</th><th scope="col">Accounts</th>${this.user.isAdmin ? html`<th scope="col">Action</th>` : ''}</tr></thead>
      <tbody>${ranked.map(({ creator, score, breakdown }, i) => html`<tr data-candidate=${creator.id}>
        <td class="num" data-field="rank">${i + 1}</td>
        <th scope="row">${creator.name}<br><span class="muted">${creator.country} · ${creator.niches.join(', ') || 'no niche'}</span></th>
        <td class="num" data-field="score">${score.toFixed(1)}</td>
        <td class="breakdown">${BREAKDOWN.map(([key, label]) => html`${label} ${Math.round(breakdown[key] * 100)} %<br>`)}</td>
        <td><ul class="accounts">${creator.accounts.map((a) => html`<li>${a.platform.toLowerCase()} @${a.handle}:
          ${followers(a.followers)} followers, ${(a.engagementRateBasisPoints / 100).toFixed(2)} % engagement</li>`)}</ul></td>
        ${this.user.isAdmin ? html`<td><button data-action="shortlist" ?disabled=${this.busy}
          aria-label=${`Shortlist ${creator.name}`} @click=${() => this.shortlistCreator(creator)}>Shortlist</button></td>` : ''}
      </tr>`)}</tbody></table></div>`;
  }

  shortlist(memberships) {
    const rows = memberships.nodes.filter((m) => IN_SELECTION.includes(m.status));
    if (!rows.length) return html`<p class="muted">Nobody shortlisted yet.</p>`;
    return html`<div class="scroll"><table data-shortlist>
      <caption class="muted">Shortlisted and invited creators, newest first${memberships.pageInfo.hasNextPage ? ' (the first 100 memberships)' : ''}</caption>
      <thead><tr><th scope="col">Creator</th><th scope="col">Status</th><th scope="col">Since</th>
        <th scope="col">Invitation</th></tr></thead>
      <tbody>${rows.map((m) => html`<tr data-membership=${m.id}>
        <th scope="row">${m.creator?.name ?? 'Unknown creator'}</th>
        <td><span class="status">${m.status}</span></td>
        <td>${day(m.status === 'INVITED' ? m.invitedAt : m.shortlistedAt)}</td>
        <td>${this.invitation(m)}</td>
      </tr>`)}</tbody></table></div>`;
  }

  invitation(membership) {
    const name = membership.creator?.name ?? 'the creator';
    if (!this.user.isAdmin) return membership.invitationMessage ?? html`<span class="muted">not invited yet</span>`;
    if (membership.status === 'INVITED') {
      return html`<p>${membership.invitationMessage}</p>
        <button data-action="invite-again" ?disabled=${this.busy} aria-label=${`Send ${name} the invitation again`}
          @click=${() => this.invite(membership, membership.invitationMessage)}>Send again</button>`;
    }
    return html`<form @submit=${(e) => { e.preventDefault(); this.invite(membership, new FormData(e.target).get('message').trim()); }}>
      <label>Message to ${name} <textarea name="message" required rows="2" maxlength="2000"></textarea></label>
      <button data-action="invite" type="submit" class="primary" ?disabled=${this.busy}
        aria-label=${`Invite ${name}`}>Invite</button></form>`;
  }

  rank(event) {
    event.preventDefault();
    this.platform = new FormData(event.target).get('platform');
    this.notice = null;
    this.problem = null;
    this.load();
  }

  shortlistCreator(creator) {
    return this.change(SHORTLIST, { campaign: this.campaignId, creator: creator.id },
      `${creator.name} is on the shortlist.`);
  }

  invite(membership, message) {
    if (!message) {
      this.problem = 'Write the invitation a message.';
      return undefined;
    }
    return this.change(INVITE, { id: membership.id, message },
      `${membership.creator?.name ?? 'The creator'} is invited: a mail with a link to join is on its way.`);
  }

  async change(mutation, variables, done) {
    this.busy = true;
    this.notice = null;
    this.problem = null;
    try {
      await graphql(mutation, variables);
      this.notice = done;
      this.data = await this.fetchData();
    } catch (error) {
      this.problem = error.message;
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('cp-selection', CreatorSelection);
