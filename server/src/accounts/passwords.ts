import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): memory-hard, slow enough for attackers. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Verifying against a throwaway hash when the account does not exist keeps the answer time the
 * same, so response times do not reveal which addresses have accounts.
 */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('maillage-decoy-password');
  await verifyPassword(await decoy, password);
  return false;
}
