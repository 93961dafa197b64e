// Security headers. The CSP suits a Vite-built SPA: scripts and styles only
// from this origin (no inline), API calls only to this origin, no framing.
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

export default fp(
  async (fastify) => {
    await fastify.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          mediaSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          scriptSrcAttr: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      frameguard: { action: 'deny' },
      // HSTS only matters over HTTPS (browsers ignore it on plain HTTP).
      strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: true },
    });
  },
  { name: 'helmet' },
);
