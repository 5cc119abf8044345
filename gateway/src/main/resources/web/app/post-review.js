// A brand admin's review of a SUBMITTED post: approve it, or send it back with the changes wanted.
// Used wherever a submitted post is shown (the campaign page, the content calendar); fires
// `reviewed` once the API has taken the decision, so the page reads its posts again.
import { LitElement, html, css } from 'lit';
import { graphql } from './api.js';
import { shared } from './ui.js';

const APPROVE = `mutation($id: ID!) { approvePost(input: { postId: $id }) { post { id status } } }`;
const REQUEST_CHANGES = `mutation($id: ID!, $feedback: String!) {
  requestPostChanges(input: { postId: $id, feedback: $feedback }) { post { id status feedback } } }`;

class PostReview extends LitElement {
  static properties = { post: { attribute: false }, busy: { state: true }, error: { state: true } };

  static styles = [shared, css`
    .actions { display: flex; gap: .5rem; flex-wrap: wrap; align-items: end; }
    textarea { font: inherit; width: 100%; box-sizing: border-box; }
  `];

  render() {
    const brief = this.post.brief;
    return html`<div class="actions">
        <button data-action="approve" aria-label=${`Approve “${brief}”`} ?disabled=${this.busy}
          @click=${() => this.decide(APPROVE, { id: this.post.id })}>Approve</button>
        <form class="actions" @submit=${this.requestChanges}>
          <label>Changes wanted <textarea name="feedback" required rows="2" maxlength="2000"
            aria-label=${`Changes wanted for “${brief}”`}></textarea></label>
          <button data-action="request-changes" type="submit" ?disabled=${this.busy}
            aria-label=${`Request changes to “${brief}”`}>Request changes</button>
        </form>
      </div>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}`;
  }

  requestChanges(event) {
    event.preventDefault();
    const feedback = new FormData(event.target).get('feedback').trim();
    if (!feedback) {
      this.error = 'Say which changes you want.';
      return;
    }
    this.decide(REQUEST_CHANGES, { id: this.post.id, feedback });
  }

  async decide(mutation, variables) {
    this.busy = true;
    this.error = null;
    try {
      const data = await graphql(mutation, variables);
      const { post } = Object.values(data)[0];
      this.dispatchEvent(new CustomEvent('reviewed', { detail: post }));
    } catch (error) {
      this.error = error.message;
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('cp-post-review', PostReview);
