// The public GraphQL API, as every other client calls it: POST /graphql with the bearer token,
// subscriptions over the WebSocket at /graphql (graphql-transport-ws, the token in connection_init:
// docs/adr/0046-websocket-token-in-connection-init.md), export files from GET /exports/{id}.
import { accessToken, signInAgain } from './auth.js';

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await accessToken()}`,
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The platform cannot be reached. Check your connection and try again.', 'UNAVAILABLE');
  }
  if (response.status === 401) {
    signInAgain();
    throw new ApiError('Your session has ended: signing you in again.', 'UNAUTHENTICATED');
  }
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) {
    const error = body.errors[0];
    throw new ApiError(error.message, error.extensions?.code);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(`The platform answered ${response.status}. Try again later.`, 'UNAVAILABLE');
  }
  return body.data;
}

/** Downloads a file of the gateway that needs the bearer token (an export) under its name. */
export async function download(path, fileName) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${await accessToken()}` } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(body?.errors?.[0]?.message ?? `The download failed (${response.status}).`);
  }
  saveFile(await response.blob(), fileName);
}

/** Saves data the app holds (a Blob) as a file the browser downloads. */
export function saveFile(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Runs a subscription: onData gets each result's data, onError a message when the socket fails or
 * the server reports an error. Returns a function that stops it.
 */
export function subscribe(query, variables, onData, onError) {
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    'graphql-transport-ws');
  let stopped = false;
  socket.onopen = async () => {
    socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${await accessToken()}` } }));
  };
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
    } else if (message.type === 'next') {
      if (message.payload.errors?.length) onError(message.payload.errors[0].message);
      else onData(message.payload.data);
    } else if (message.type === 'error') {
      onError(message.payload?.[0]?.message ?? 'The live updates failed.');
    } else if (message.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    }
  };
  socket.onclose = (event) => {
    if (!stopped) onError(`Live updates stopped (${event.code}${event.reason ? `: ${event.reason}` : ''}).`);
  };
  return () => {
    stopped = true;
    socket.close(1000);
  };
}

/**
 * A CSV export of the brand's figures through an export job (docs/adr/0051): asks for it, watches it
 * until it is READY, then saves the file. onProgress gets the job's status as it changes; resolves
 * with the finished job.
 */
export async function exportCsv(input, onProgress) {
  let { requestExport: { job } } = await graphql(`mutation($input: RequestExportInput!) {
      requestExport(input: $input) { job { id status } } }`, { input });
  while (job.status === 'QUEUED' || job.status === 'RUNNING') {
    onProgress(job.status);
    await new Promise((resolve) => setTimeout(resolve, 400));
    ({ exportJob: job } = await graphql(`query($id: ID!) {
        exportJob(id: $id) { id status downloadUrl fileName rowCount error { code message } } }`, { id: job.id }));
  }
  if (job.status !== 'READY') throw new ApiError(job.error?.message ?? 'The export failed.', job.error?.code);
  await download(job.downloadUrl, job.fileName);
  return job;
}
