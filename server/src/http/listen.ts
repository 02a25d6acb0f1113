import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

/**
 * Starts listening and settles only when the port is really ours. (Express 5's `app.listen` calls its callback on
 * 'error' too, so a taken port would look like a successful start.)
 */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already in use: stop what holds it, or set PORT to a free port`)
          : error,
      );
    });
    server.once('listening', () => resolve(server));
    server.listen(port, host);
  });
}

/**
 * Stops a server gracefully: no new connections, idle keep-alive ones closed now and each one as soon as its
 * request is answered, requests in flight given up to `graceMs` to finish, then every connection still open is cut.
 * Resolves once the server is closed.
 */
export function drain(server: Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    // A keep-alive connection whose request finishes is idle but open, and would hold the close for the client's
    // keep-alive time: close such connections as they come free.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    cut.unref();
    sweep.unref();
    server.close(() => {
      clearTimeout(cut);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
