import { FILTER_HELP, syntaxError } from "./filter-error";
import { tokenize, type Token, type TokenType } from "./lexer";

export type Comparator = "=" | "!=" | "<" | "<=" | ">" | ">=" | ":";

/** The syntax tree of an AIP-160 filter. */
export type FilterNode =
  | { kind: "and"; children: FilterNode[] }
  | { kind: "or"; children: FilterNode[] }
  | { kind: "not"; child: FilterNode }
  | {
      kind: "compare";
      /** The member path as written, e.g. "labels.env". */
      path: string;
      comparator: Comparator;
      value: string;
      column: number;
      valueColumn: number;
    };

/**
 * Parses an AIP-160 filter. Grammar (OR binds tighter than AND, as in AIP-160):
 *   filter      := expression? EOF
 *   expression  := sequence ("AND" sequence)*
 *   sequence    := factor factor*            (juxtaposition means AND)
 *   factor      := term ("OR" term)*
 *   term        := ("NOT" | "-")? simple
 *   simple      := "(" expression ")" | member comparator value
 * Returns undefined for an empty filter.
 */
export function parseFilter(input: string): FilterNode | undefined {
  const parser = new Parser(tokenize(input));
  if (parser.peek().type === "EOF") return undefined;
  const tree = parser.expression();
  parser.expect("EOF", "end of filter");
  return tree;
}

const SEQUENCE_END: TokenType[] = ["AND", "OR", "RPAREN", "EOF"];

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    return this.tokens[this.index++]!;
  }

  expect(type: TokenType, what: string): Token {
    const token = this.peek();
    if (token.type !== type) throw unexpected(token, what);
    return this.next();
  }

  expression(): FilterNode {
    const children = [this.sequence()];
    while (this.peek().type === "AND") {
      this.next();
      children.push(this.sequence());
    }
    return children.length === 1 ? children[0]! : { kind: "and", children };
  }

  private sequence(): FilterNode {
    const children = [this.factor()];
    while (!SEQUENCE_END.includes(this.peek().type)) children.push(this.factor());
    return children.length === 1 ? children[0]! : { kind: "and", children };
  }

  private factor(): FilterNode {
    const children = [this.term()];
    while (this.peek().type === "OR") {
      this.next();
      children.push(this.term());
    }
    return children.length === 1 ? children[0]! : { kind: "or", children };
  }

  private term(): FilterNode {
    const type = this.peek().type;
    if (type === "NOT" || type === "MINUS") {
      this.next();
      return { kind: "not", child: this.simple() };
    }
    return this.simple();
  }

  private simple(): FilterNode {
    if (this.peek().type === "LPAREN") {
      this.next();
      const inner = this.expression();
      this.expect("RPAREN", "')' to close the '(' before it");
      return inner;
    }
    const member = this.expect("TEXT", "a field name");
    const comparator = this.peek();
    if (comparator.type !== "COMPARATOR") {
      throw syntaxError(
        "filter",
        comparator.column,
        `expected a comparison operator (= != < <= > >= :) after '${member.value}'${comparator.type === "EOF" ? "" : `, found '${comparator.value}'`}`,
        'Bare values (global text search) are not supported by this emulator; compare a field, e.g. name = "...".',
      );
    }
    this.next();
    const value = this.peek();
    if (value.type !== "STRING" && value.type !== "TEXT")
      throw unexpected(value, `a value after '${comparator.value}'`);
    this.next();
    return {
      kind: "compare",
      path: member.value,
      comparator: comparator.value as Comparator,
      value: value.value,
      column: member.column,
      valueColumn: value.column,
    };
  }
}

function unexpected(token: Token, expected: string) {
  const found = token.type === "EOF" ? "the end of the filter" : `'${token.value}'`;
  return syntaxError("filter", token.column, `expected ${expected}, found ${found}`, FILTER_HELP);
}
