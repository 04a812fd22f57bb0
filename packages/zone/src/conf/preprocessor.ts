/**
 * The conf preprocessor, with ASSS's rules: `#include`, `#define`, `#undef`, `#ifdef`, `#ifndef`,
 * `#else`, `#endif` (the `#` in column 1, directive names case-sensitive, defines never expanded
 * into values); a trailing `\` joins the next line; lines whose first non-blank character is `;`
 * or `/` are comments. Includes are found on the config search path of the arena being loaded
 * (arena folder, `conf/`, zone root, `arenas/(default)/`), not relative to the including file.
 */
import { DiagnosticCode, type DiagnosticList } from "../diagnostics.js";
import type { ZoneFiles } from "../files.js";
import { CONFIG_SEARCH_PATH, findOnPath } from "../search-path.js";

/** Longest logical line (ASSS `CFG_MAX_LINE` is 4096 bytes including the terminator). */
export const MAX_CONF_LINE = 4095;
/** Deepest include nesting (ASSS `MAX_RECURSION_DEPTH`). */
export const MAX_INCLUDE_DEPTH = 50;
/** Most files one load may open, so a file that includes another many times cannot explode. */
export const MAX_CONF_FILES_PER_LOAD = 512;
/** Most lines one load may process. */
export const MAX_CONF_LINES_PER_LOAD = 200_000;
/** Largest conf file read. */
export const MAX_CONF_FILE_BYTES = 1024 * 1024;

/** One logical line that survived preprocessing, with where it came from. */
export interface ConfLine {
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

/** What the preprocessor needs. */
export interface PreprocessOptions {
  readonly files: ZoneFiles;
  /** Base name of the arena being loaded; undefined for the global config. */
  readonly baseName: string | undefined;
  /** Names defined before the first line (as if by `#define`). */
  readonly defines?: Readonly<Record<string, string>>;
  readonly diagnostics: DiagnosticList;
}

/** Result: the lines to parse, and every file read (for change watching). */
export interface PreprocessResult {
  readonly lines: ConfLine[];
  readonly filesRead: string[];
  /** Path of the top-level file, undefined when it was not found. */
  readonly path: string | undefined;
}

interface Frame {
  readonly path: string;
  readonly lines: string[];
  next: number;
}

interface IfBlock {
  readonly cond: boolean;
  inElse: boolean;
  readonly file: string;
  readonly line: number;
}

/** Reads `name` (e.g. `arena.conf`) and everything it includes. Never throws on content. */
export function preprocess(name: string, opts: PreprocessOptions): PreprocessResult {
  return new Preprocessor(opts).run(name);
}

class Preprocessor {
  private readonly stack: Frame[] = [];
  private readonly ifs: IfBlock[] = [];
  private readonly defines = new Map<string, string>();
  private readonly out: ConfLine[] = [];
  private readonly filesRead: string[] = [];
  private processing = true;
  private opened = 0;
  private processed = 0;

  constructor(private readonly opts: PreprocessOptions) {
    for (const [k, v] of Object.entries(opts.defines ?? {})) this.defines.set(k.toLowerCase(), v);
  }

  run(name: string): PreprocessResult {
    const { found, tried } = findOnPath(this.opts.files, CONFIG_SEARCH_PATH, this.macros(name));
    if (found === undefined) {
      this.opts.diagnostics.error(DiagnosticCode.FileMissing, `cannot find ${name} (tried ${tried.join(", ")})`);
      return { lines: this.out, filesRead: this.filesRead, path: undefined };
    }
    this.open(found, undefined, 0);
    this.loop();
    for (const b of this.ifs) {
      this.opts.diagnostics.warn(DiagnosticCode.ConfUnterminatedIf, "#ifdef/#ifndef without #endif", b.file, b.line);
    }
    return { lines: this.out, filesRead: this.filesRead, path: found };
  }

  private macros(name: string): { b?: string; n: string } {
    return this.opts.baseName === undefined ? { n: name } : { b: this.opts.baseName, n: name };
  }

  /** Pushes a file on the stack; `from`/`line` locate the #include for messages. */
  private open(path: string, from: string | undefined, line: number): void {
    const d = this.opts.diagnostics;
    if (this.opened >= MAX_CONF_FILES_PER_LOAD) {
      d.error(
        DiagnosticCode.ConfIncludeBudget,
        `more than ${MAX_CONF_FILES_PER_LOAD} files opened; not reading ${path}`,
        from,
        line,
      );
      return;
    }
    this.opened++;
    const r = this.opts.files.read(path, MAX_CONF_FILE_BYTES);
    if (r.kind === "missing") d.error(DiagnosticCode.FileMissing, `${path} does not exist`, from, line);
    else if (r.kind === "too-large")
      d.error(DiagnosticCode.FileTooLarge, `${path} is ${r.size} bytes (limit ${MAX_CONF_FILE_BYTES})`, from, line);
    else if (r.kind === "error")
      d.error(DiagnosticCode.FileUnreadable, `cannot read ${path}: ${r.message}`, from, line);
    else {
      if (!this.filesRead.includes(path)) this.filesRead.push(path);
      const text = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength).toString("latin1");
      const lines = text.split("\n");
      if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
      this.stack.push({ path, lines, next: 0 });
    }
  }

  private loop(): void {
    const d = this.opts.diagnostics;
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (top === undefined) return;
      if (top.next >= top.lines.length) {
        this.stack.pop();
        continue;
      }
      if (++this.processed > MAX_CONF_LINES_PER_LOAD) {
        d.error(
          DiagnosticCode.ConfIncludeBudget,
          `more than ${MAX_CONF_LINES_PER_LOAD} lines; stopped reading`,
          top.path,
          top.next + 1,
        );
        return;
      }
      const lineNo = top.next + 1;
      const text = this.logicalLine(top);
      this.handle(text, top.path, lineNo);
    }
  }

  /** Reads one physical line, joining `\`-continued ones, bounded by {@link MAX_CONF_LINE}. */
  private logicalLine(f: Frame): string {
    const first = f.next + 1;
    let text = "";
    let tooLong = false;
    for (;;) {
      const raw = trimEnd(f.lines[f.next++] ?? "", "\r");
      const continued = raw.endsWith("\\");
      const part = continued ? raw.slice(0, -1) : raw;
      if (!tooLong && text.length + part.length > MAX_CONF_LINE) {
        text += part.slice(0, MAX_CONF_LINE - text.length);
        tooLong = true;
      } else if (!tooLong) text += part;
      if (!continued || f.next >= f.lines.length) break;
    }
    if (tooLong) {
      // ASSS would split such a line into several; cutting it is the safer reading.
      this.opts.diagnostics.warn(
        DiagnosticCode.ConfLineTooLong,
        `line longer than ${MAX_CONF_LINE} characters; cut`,
        f.path,
        first,
      );
    }
    return text;
  }

  private handle(text: string, file: string, line: number): void {
    if (text.startsWith("#")) {
      this.directive(text, file, line);
      return;
    }
    const trimmed = text.trimStart();
    if (trimmed.length === 0 || trimmed[0] === ";" || trimmed[0] === "/") return;
    if (!this.processing) return;
    if (trimmed[0] === "#") {
      this.opts.diagnostics.warn(
        DiagnosticCode.ConfIndentedDirective,
        "directives must start in column 1; line ignored",
        file,
        line,
      );
      return;
    }
    this.out.push({ text, file, line });
  }

  private directive(text: string, file: string, line: number): void {
    const d = this.opts.diagnostics;
    const m = /^#([A-Za-z_]*)/.exec(text);
    const word = m?.[1] ?? "";
    const rest = text.slice(1 + word.length);
    switch (word) {
      case "ifdef":
      case "ifndef": {
        const name = trimEnd(trimStart(rest, " \t\v\f\r{("), " \t\v\f\r})");
        if (name.length === 0) d.warn(DiagnosticCode.ConfBadConditional, `#${word} without a name`, file, line);
        const defined = this.defines.has(name.toLowerCase());
        this.ifs.push({ cond: word === "ifdef" ? defined : !defined, inElse: false, file, line });
        break;
      }
      case "else": {
        const top = this.ifs[this.ifs.length - 1];
        if (top === undefined) d.warn(DiagnosticCode.ConfBadConditional, "#else without #ifdef", file, line);
        else if (top.inElse) d.warn(DiagnosticCode.ConfBadConditional, "second #else for one #ifdef", file, line);
        else top.inElse = true;
        break;
      }
      case "endif":
        if (this.ifs.pop() === undefined)
          d.warn(DiagnosticCode.ConfBadConditional, "#endif without #ifdef", file, line);
        break;
      default:
        if (this.processing) this.active(word, rest, file, line);
        return;
    }
    this.processing = this.ifs.every((b) => b.cond !== b.inElse);
  }

  /** Directives that only act while lines are being processed. */
  private active(word: string, rest: string, file: string, line: number): void {
    const d = this.opts.diagnostics;
    if (word === "define") {
      const m = /^\s*(\S+)(?:\s+([\s\S]*))?$/.exec(rest);
      if (m === null) d.warn(DiagnosticCode.ConfBadConditional, "#define without a name", file, line);
      else this.defines.set(m[1]!.toLowerCase(), m[2] ?? "1");
    } else if (word === "undef") {
      this.defines.delete(rest.trim().toLowerCase());
    } else if (word === "include") {
      this.include(trimEnd(trimStart(rest, ' \t\v\f\r"<'), ' \t\v\f\r">'), file, line);
    } else {
      d.warn(DiagnosticCode.ConfUnknownDirective, `unknown directive #${word}; line ignored`, file, line);
    }
  }

  private include(name: string, file: string, line: number): void {
    const d = this.opts.diagnostics;
    if (name.length === 0) {
      d.error(DiagnosticCode.ConfIncludeMissing, "#include without a file name", file, line);
      return;
    }
    const { found, tried } = findOnPath(this.opts.files, CONFIG_SEARCH_PATH, this.macros(name));
    if (found === undefined) {
      d.error(DiagnosticCode.ConfIncludeMissing, `#include ${name}: not found (tried ${tried.join(", ")})`, file, line);
      return;
    }
    const chain = this.stack.map((f) => f.path);
    if (chain.includes(found)) {
      d.error(DiagnosticCode.ConfIncludeLoop, `#include ${name} loops: ${[...chain, found].join(" -> ")}`, file, line);
      return;
    }
    if (this.stack.length >= MAX_INCLUDE_DEPTH) {
      d.error(DiagnosticCode.ConfIncludeDepth, `#include ${name} nests deeper than ${MAX_INCLUDE_DEPTH}`, file, line);
      return;
    }
    this.open(found, file, line);
  }
}

/** Drops leading characters found in `chars` (linear, unlike an anchored regex on hostile input). */
export function trimStart(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i]!)) i++;
  return s.slice(i);
}

/** Drops trailing characters found in `chars`. */
export function trimEnd(s: string, chars: string): string {
  let j = s.length;
  while (j > 0 && chars.includes(s[j - 1]!)) j--;
  return s.slice(0, j);
}
