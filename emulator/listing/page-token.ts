import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { invalidField } from "../errors/catalogue";

/** The position a page token resumes after: the sort key of the last item returned. */
export type SortKey = (string | number | boolean)[];

interface TokenBody {
  /** Hash of the query (parent, filter, order_by) the token belongs to. */
  q: string;
  /** Sort key of the last item on the previous page. */
  k: SortKey;
}

/** Identifies a query, so a token cannot be replayed against another one (AIP-158). */
export function queryFingerprint(parts: string[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

/**
 * Opaque, signed page tokens. Signing with a per-emulator secret keeps tokens unforgeable, and because
 * the secret is stored with the data, tokens stay valid across a restart on the same data dir.
 */
export class PageTokens {
  constructor(private readonly secret: Buffer) {}

  issue(query: string, lastKey: SortKey): string {
    const body = Buffer.from(JSON.stringify({ q: query, k: lastKey } satisfies TokenBody)).toString(
      "base64url",
    );
    return `${body}.${this.sign(body)}`;
  }

  /** The sort key to resume after; INVALID_ARGUMENT for a forged token or one from another query. */
  read(token: string, query: string): SortKey {
    const [body, signature] = token.split(".");
    const expected = body ? this.sign(body) : "";
    if (
      !body ||
      !signature ||
      signature.length !== expected.length ||
      !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    ) {
      throw invalidField(
        "page_token",
        "Field `page_token` is not a token this service issued.",
        "Pass the next_page_token of the previous response unchanged, or leave it empty to start over.",
      );
    }
    const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as TokenBody;
    if (parsed.q !== query) {
      throw invalidField(
        "page_token",
        "Field `page_token` belongs to a different query: parent, filter and order_by must match the request that returned it.",
        "Repeat the earlier parent, filter and order_by with this token, or leave page_token empty to start a new listing.",
      );
    }
    return parsed.k;
  }

  private sign(body: string): string {
    return createHmac("sha256", this.secret).update(body).digest("base64url").slice(0, 22);
  }
}
