export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __q4Database?: { stop(): Promise<void> } }).__q4Database?.stop();
}
