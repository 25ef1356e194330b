import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The built code generation worker (Vite names it generate.worker-<hash>.js). */
const GENERATION_WORKER = /^\/assets\/generate\.worker-[\w-]+\.js(\?.*)?$/;

/**
 * Security headers on every response (helmet: CSP, frame-ancestors, referrer policy, nosniff,
 * …) and no state change from another origin: a browser marks a cross-site request with
 * `Sec-Fetch-Site` and `Origin`, so a hostile page cannot create, rename or delete boards
 * with its visitors' browsers, whatever tokens those hold.
 */
export function registerSecurity(app: FastifyInstance): void {
  void app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React Flow positions nodes with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Canvas exports draw the board as an SVG data URL and hand out blob downloads.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers the same-origin ws:/wss: rooms in CSP level 3.
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Plain HTTP on a LAN is a supported setup: never pin browsers to HTTPS.
    strictTransportSecurity: false,
  });

  // A dedicated worker runs under the policy sent with its own script. Only the code
  // generation worker gets 'unsafe-eval': Handlebars compiles templates with new Function, and
  // the page itself keeps the strict policy.
  app.addHook('onSend', async (request, reply, payload) => {
    if (GENERATION_WORKER.test(request.url)) {
      const policy = reply.getHeader('content-security-policy');
      if (typeof policy === 'string') reply.header('content-security-policy', policy.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"));
    }
    return payload;
  });

  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    let foreign = site === 'cross-site' || site === 'same-site';
    if (!foreign && origin !== undefined) {
      try {
        foreign = origin === 'null' || new URL(origin).host !== request.headers.host;
      } catch {
        foreign = true;
      }
    }
    if (foreign) return sendProblem(reply, { status: 403, title: 'Cross-origin request refused', detail: 'State-changing requests must come from this server’s own pages.' });
  });
}
