// Sign-in with Keycloak: OIDC authorization code flow with PKCE, as the public client the gateway
// names in /web-config.json (docs/adr/0059-web-app-sign-in-and-csp.md). The page the user was on
// (the hash route) is kept across the round trip to Keycloak, also when an expired session has to
// sign in again.
import Keycloak from 'keycloak-js';

const RETURN_TO = 'cp.return-to';
let keycloak;

/** Signs in (a redirect to Keycloak when there is no session); resolves with the user. */
export async function signIn() {
  const config = await (await fetch('/web-config.json')).json();
  const realms = config.issuer.lastIndexOf('/realms/');
  keycloak = new Keycloak({
    url: config.issuer.slice(0, realms),
    realm: config.issuer.slice(realms + '/realms/'.length),
    clientId: config.clientId,
  });
  const authenticated = await keycloak.init({
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'query',
  });
  if (!authenticated) {
    await signInAgain();
    return new Promise(() => {}); // the browser is leaving for Keycloak
  }
  const back = sessionStorage.getItem(RETURN_TO);
  if (back !== null) {
    sessionStorage.removeItem(RETURN_TO);
    if (back && back !== location.hash) location.hash = back;
  }
  return currentUser();
}

/** Who is signed in, and what the token lets them do. */
export function currentUser() {
  const claims = keycloak.tokenParsed;
  const roles = claims.realm_access?.roles ?? [];
  return {
    name: claims.preferred_username,
    isAdmin: roles.includes('brand_admin'),
    isBrand: roles.includes('brand_admin') || roles.includes('brand_viewer'),
    isCreator: roles.includes('creator'),
  };
}

/** A fresh access token; when the session has ended, signs in again and comes back here. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30);
  } catch {
    await signInAgain();
    return new Promise(() => {});
  }
  return keycloak.token;
}

/** Back to Keycloak's login, returning to the page shown now. */
export function signInAgain() {
  sessionStorage.setItem(RETURN_TO, location.hash);
  return keycloak.login({ redirectUri: location.origin + location.pathname });
}

export function signOut() {
  return keycloak.logout({ redirectUri: location.origin + location.pathname });
}
