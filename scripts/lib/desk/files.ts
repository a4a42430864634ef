/**
 * The desk's only way to touch the disk. A path comes from a fixed file name or a slug-checked id
 * and must stay inside data/ or seeds/ (or be the seeds' checksum list). Every write names the
 * hash of each file as the desk read it: a file changed on disk since (by git, an editor or a
 * second desk) is reported by name and never overwritten. A write goes to a temporary file that
 * is then renamed over the old one; when any file of a set fails, the ones already renamed are
 * put back, so a failed write leaves every file as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const CHECKSUMS = 'tests/unit/seeds.sha256';
/** The hash a file that does not exist has, so that creating a file is checked like changing one. */
export const MISSING = 'missing';

export const hashOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** One file to write: its path from the project root, its new text, the hash it had when read. */
export interface Change {
  path: string;
  text: string;
  read: string;
}

export type WriteResult = { ok: true; hashes: Record<string, string> } | { ok: false; changed: string[] };

export class ProjectFiles {
  constructor(readonly root: string) {}

  /** The absolute path of a project file the desk may touch, or throws. */
  resolve(path: string): string {
    const abs = resolve(this.root, path);
    const rel = relative(this.root, abs);
    const inside = ['data', 'seeds'].some((dir) => rel.startsWith(`${dir}${sep}`) && !rel.includes(`${sep}.`));
    if (!inside && rel !== CHECKSUMS.split('/').join(sep)) throw new Error(`the desk does not write ${path}`);
    return abs;
  }

  /** The file's text and hash ("" and MISSING when it does not exist). */
  read(path: string): { text: string; hash: string } {
    const abs = this.resolve(path);
    if (!existsSync(abs)) return { text: '', hash: MISSING };
    const bytes = readFileSync(abs);
    return { text: bytes.toString('utf8'), hash: hashOf(bytes) };
  }

  /** The files whose hash on disk is not the one they were read with. */
  changedSince(changes: Change[]): string[] {
    return changes.filter((c) => this.read(c.path).hash !== c.read).map((c) => c.path);
  }

  /** One rename; a test makes it fail to see the files put back. */
  protected rename(from: string, to: string): void {
    renameSync(from, to);
  }

  /** Writes every change or none. */
  writeAll(changes: Change[]): WriteResult {
    const changed = this.changedSince(changes);
    if (changed.length) return { ok: false, changed };
    const token = randomBytes(6).toString('hex');
    const staged = changes.map((c) => ({
      ...c,
      abs: this.resolve(c.path),
      temp: `${this.resolve(c.path)}.${token}.tmp`,
    }));
    const done: { abs: string; before: Buffer | null }[] = [];
    try {
      for (const s of staged) writeFileSync(s.temp, s.text, 'utf8');
      // Read again just before the renames: a change made while the temp files were written counts.
      const late = this.changedSince(changes);
      if (late.length) {
        for (const s of staged) rmSync(s.temp, { force: true });
        return { ok: false, changed: late };
      }
      for (const s of staged) {
        const before = existsSync(s.abs) ? readFileSync(s.abs) : null;
        this.rename(s.temp, s.abs);
        done.push({ abs: s.abs, before });
      }
    } catch (e) {
      for (const d of done.reverse()) {
        if (d.before === null) rmSync(d.abs, { force: true });
        else {
          writeFileSync(`${d.abs}.${token}.back`, d.before);
          renameSync(`${d.abs}.${token}.back`, d.abs);
        }
      }
      for (const s of staged) rmSync(s.temp, { force: true });
      throw e;
    }
    return { ok: true, hashes: Object.fromEntries(changes.map((c) => [c.path, hashOf(c.text)])) };
  }
}

/** A path under data/ or seeds/ for an id that must be a slug (or a seed's file name). */
export function dataPath(dir: 'data/languages' | 'seeds', name: string): string {
  const ok = dir === 'seeds' ? /^[a-z0-9][a-z0-9._-]*\.txt$/.test(name) : /^[a-z]{2,3}\.json$/.test(name);
  if (!ok) throw new Error(`"${name}" is not a file name the desk writes in ${dir}/`);
  return join(dir, name).split(sep).join('/');
}
