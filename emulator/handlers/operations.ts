import { resourceNotFound } from "../errors/catalogue";
import type { FilterSchema } from "../filter/fields";
import { compileListQuery } from "../listing/list-query";
import { PageTokens } from "../listing/page-token";
import { paginate } from "../listing/paginate";
import { LIMITS } from "../options";
import type { OperationRecord } from "../operations/operation-record";
import { toWireOperation } from "../operations/wire-operation";
import { NAME_PATTERNS, requireName } from "../resources/names";
import { timestampFromMillis, type WireResource } from "../resources/wire-resource";
import type { Handler, HandlerContext } from "./context";
import { stringField } from "./request-fields";

/**
 * Fields a ListOperations filter may use: the Operation's `name` and `done`, and its metadata's
 * `create_time`, `target` and `verb` (the service documents none; the emulator's choice).
 */
const OPERATION_FIELDS: FilterSchema = {
  subject: "Operation",
  fields: {
    name: { type: "string", read: (r) => r.name },
    create_time: { type: "timestamp", read: (r) => r.create_time },
    done: { type: "bool", read: (r) => r.done === true },
    target: { type: "string", read: (r) => String(r.target) },
    verb: { type: "string", read: (r) => String(r.verb) },
  },
  uncomparable: [],
};

function filterable(record: OperationRecord): WireResource {
  const created = timestampFromMillis(record.createMillis);
  return {
    name: record.name,
    create_time: created,
    update_time: created,
    labels: {},
    annotations: {},
    done: record.done,
    target: record.target,
    verb: record.verb,
  };
}

function findOperation(request: Record<string, unknown>, context: HandlerContext): OperationRecord {
  const name = requireName("name", stringField(request, "name"), NAME_PATTERNS.operation);
  const record = context.operations.get(name);
  if (!record)
    throw resourceNotFound(
      "Operation",
      name,
      "It may have been deleted with DeleteOperation, or the name is wrong.",
    );
  return record;
}

const getOperation: Handler = (request, context) =>
  toWireOperation(context.protos.root, findOperation(request, context));

/** `name` is the location (`projects/p/locations/l`); a trailing `/operations` is accepted too. */
const listOperations: Handler = (request, context) => {
  const location = requireName(
    "name",
    stringField(request, "name").replace(/\/operations$/, ""),
    NAME_PATTERNS.location,
  );
  const filter = stringField(request, "filter");
  const query = compileListQuery(OPERATION_FIELDS, filter, "");
  const byName = new Map(context.operations.list(location).map((record) => [record.name, record]));
  const page = paginate(
    {
      items: [...byName.values()].map(filterable).filter(query.matches),
      keyOf: query.keyOf,
      compare: query.compare,
      queryParts: ["Operation", location, filter],
      pageSize: Number(request.page_size ?? 0),
      pageToken: stringField(request, "page_token"),
    },
    new PageTokens(context.settings.secret("page-token")),
  );
  return {
    operations: page.items.map((item) => toWireOperation(context.protos.root, byName.get(item.name)!)),
    next_page_token: page.nextPageToken,
    unreachable: [],
  };
};

const cancelOperation: Handler = (request, context) => {
  context.engine.cancel(findOperation(request, context).name);
  return {};
};

/**
 * AIP-151: the caller no longer wants the result; a running operation still finishes. The record is
 * hidden rather than removed so that a retry carrying its request_id (AIP-155) still gets this
 * operation back instead of repeating the change.
 */
const deleteOperation: Handler = (request, context) => {
  context.operations.hide(findOperation(request, context).name);
  return {};
};

/** Best effort: waits up to `timeout` (default and maximum 60 s) and returns the operation as it is. */
const waitOperation: Handler = async (request, context) => {
  const record = findOperation(request, context);
  const timeout = request.timeout as { seconds?: string; nanos?: number } | null;
  const requested = timeout
    ? Number(timeout.seconds ?? 0) * 1000 + Math.floor((timeout.nanos ?? 0) / 1e6)
    : 0;
  const limit =
    requested > 0
      ? Math.min(requested, LIMITS.waitOperationDefaultMillis)
      : LIMITS.waitOperationDefaultMillis;
  await context.engine.waitFor(record.name, limit);
  return toWireOperation(context.protos.root, findOperation(request, context));
};

export const operationHandlers: Record<string, Handler> = {
  GetOperation: getOperation,
  ListOperations: listOperations,
  CancelOperation: cancelOperation,
  DeleteOperation: deleteOperation,
  WaitOperation: waitOperation,
};
