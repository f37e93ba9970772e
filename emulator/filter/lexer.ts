import { FILTER_HELP, syntaxError } from "./filter-error";

export type TokenType =
  "LPAREN" | "RPAREN" | "STRING" | "TEXT" | "COMPARATOR" | "AND" | "OR" | "NOT" | "MINUS" | "EOF";

export interface Token {
  type: TokenType;
  /** The token's value: a string literal without quotes and escapes, otherwise its text. */
  value: string;
  /** 1-based column of the token's first character. */
  column: number;
}

const COMPARATORS = ["<=", ">=", "!=", "=", "<", ">", ":"];
const KEYWORDS: Record<string, TokenType> = { AND: "AND", OR: "OR", NOT: "NOT" };
const TEXT_STOP = /[\s()"'<>=!:]/;

/** Splits an AIP-160 filter into tokens; throws INVALID_ARGUMENT naming the column of a bad character. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    const column = i + 1;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "(" || char === ")") {
      tokens.push({ type: char === "(" ? "LPAREN" : "RPAREN", value: char, column });
      i++;
    } else if (char === '"') {
      const [value, end] = readString(input, i);
      tokens.push({ type: "STRING", value, column });
      i = end;
    } else if (char === "'") {
      throw syntaxError(
        "filter",
        column,
        "single quotes are not supported",
        'Quote strings with double quotes, e.g. display_name = "Camera 1".',
      );
    } else if (COMPARATORS.some((op) => input.startsWith(op, i))) {
      const op = COMPARATORS.find((candidate) => input.startsWith(candidate, i))!;
      tokens.push({ type: "COMPARATOR", value: op, column });
      i += op.length;
    } else if (char === "-" && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      tokens.push({ type: "MINUS", value: "-", column });
      i++;
    } else if (TEXT_STOP.test(char) || char === "-") {
      throw syntaxError("filter", column, `unexpected character '${char}'`, FILTER_HELP);
    } else {
      let end = i;
      while (end < input.length && !TEXT_STOP.test(input[end]!)) end++;
      const text = input.slice(i, end);
      tokens.push({ type: KEYWORDS[text] ?? "TEXT", value: text, column });
      i = end;
    }
  }
  tokens.push({ type: "EOF", value: "", column: input.length + 1 });
  return tokens;
}

function readString(input: string, start: number): [string, number] {
  let value = "";
  let i = start + 1;
  while (i < input.length) {
    const char = input[i]!;
    if (char === '"') return [value, i + 1];
    if (char === "\\" && i + 1 < input.length) {
      value += input[i + 1];
      i += 2;
    } else {
      value += char;
      i++;
    }
  }
  throw syntaxError(
    "filter",
    start + 1,
    "the string starting here has no closing double quote",
    'Close it with ", and escape quotes inside it as \\".',
  );
}
