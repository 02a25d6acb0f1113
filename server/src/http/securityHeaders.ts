/**
 * Security headers for every answer (helmet's defaults, tuned to this app): scripts, workers, styles and data only
 * from this origin; no framing by other sites; no MIME sniffing. Inline styles stay allowed: React sets element
 * styles, and GraphiQL's editor injects its own style sheets.
 */
import helmet from 'helmet';

export const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'self'"],
      // The app is often reached over plain http on a LAN address: upgrading its requests would break it.
      'upgrade-insecure-requests': null,
    },
  },
  // The local default is plain http; HSTS belongs to the TLS proxy in front of a deployment.
  strictTransportSecurity: false,
});
