// The one place the app's security policy is written: the Content-Security-Policy and the other
// headers the preview server sends (vite.config.ts), and the <meta> subset the build writes into
// index.html, which holds wherever the files are served without headers (tests/e2e staticServer).

/**
 * Where the app may load anything from: only itself. Pictures and recordings made on the tablet
 * are blob: URLs; a drawing may be a data: URL. Nothing may be sent anywhere (connect-src 'self').
 */
export const POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta> policy may not carry (browsers ignore them there, with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

const text = (entries) =>
  entries.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The whole policy, for the Content-Security-Policy header. */
export const HEADER_POLICY = text(Object.entries(POLICY));

/** The part of the policy a <meta http-equiv> tag can carry, for files served without headers. */
export const META_POLICY = text(Object.entries(POLICY).filter(([name]) => !HEADER_ONLY.has(name)));

/**
 * Every security header of a response. Permissions: the camera and microphone (photos, voice)
 * and full screen (meeting mode) for the app itself; the tablet's other sensors and devices for
 * no one. The share sheet is left at its default (the app itself): Chromium on Linux logs an
 * error for the name 'web-share', as it does for 'bluetooth'.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': [
    'camera=(self)',
    'microphone=(self)',
    'fullscreen=(self)',
    'geolocation=()',
    'payment=()',
    'usb=()',
    'serial=()',
    'hid=()',
    'midi=()',
    'accelerometer=()',
    'gyroscope=()',
    'magnetometer=()',
    'display-capture=()',
    'screen-wake-lock=()',
    'browsing-topics=()',
  ].join(', '),
};
