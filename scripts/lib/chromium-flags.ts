/**
 * How every headless Chromium of the project starts (browser tests, Lighthouse, bench:search): off the
 * network (this machine has none; background requests would each fail) and quiet.
 */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
] as const;

/** Debian's Chromium, or $CHROMIUM_PATH. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
