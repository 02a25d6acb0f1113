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
