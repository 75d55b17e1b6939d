// The server's edge: every incoming request and notification is checked against its params schema
// (params.ts) before vscode-languageserver or a handler touches it. A request with wrong-typed params
// is answered InvalidParams (-32602) with a sentence naming the field; such a notification is dropped
// with a log line. Nothing a client sends can end the process (LSP 3.17 "Response Message" error codes).
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import localizeJa from 'ajv-i18n/localize/ja';
import { ErrorCodes, Message, ResponseError, type Connection, type ConnectionOptions, type MessageStrategy, type RequestMessage } from 'vscode-languageserver/node';
import { currentLang, t } from '../core/lsp/l10n';
import { PARAMS } from './params';

/** Internal method a rejected request is rerouted to, so that its answer keeps the request's id. */
const REJECTED = 'smartfab/$rejectedRequest';

interface Rejected {
  readonly method: string;
  readonly message: string;
}

/** `params.textDocument.text must be string` from an ajv error (its message localised by ajv-i18n for ja). */
function describe(err: ErrorObject): string {
  const where = 'params' + err.instancePath.replace(/\//g, '.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  if (err.keyword === 'required') return t('{0} is missing', `${where}.${String((err.params as { missingProperty: string }).missingProperty)}`);
  return `${where} ${err.message ?? 'is invalid'}`;
}

export class ParamsGuard {
  private readonly ajv = new Ajv({ allErrors: false, strict: false });
  private readonly compiled = new Map<string, ValidateFunction>();
  private log: (message: string) => void = (m) => process.stderr.write(m + '\n');

  /** Pass to createConnection so the check runs before any handler. */
  readonly options: ConnectionOptions = {
    messageStrategy: { handleMessage: (message, next) => this.handle(message, next) } satisfies MessageStrategy,
  };

  /** Why `params` are not acceptable for `method`, or undefined when they are (or the method is not checked). */
  paramsError(method: string, params: unknown): string | undefined {
    if (!Object.hasOwn(PARAMS, method)) return undefined;
    let validate = this.compiled.get(method);
    if (!validate) this.compiled.set(method, (validate = this.ajv.compile(PARAMS[method])));
    if (validate(params ?? null)) return undefined;
    if (currentLang() === 'ja' && validate.errors) localizeJa(validate.errors);
    return t('Invalid parameters for {0}: {1}.', method, (validate.errors ?? []).map(describe).join('; ') || 'params are malformed');
  }

  /** Answers rerouted requests and logs to the client's output once the connection exists. */
  attach(connection: Connection): void {
    this.log = (m) => connection.console.warn(m);
    connection.onRequest(REJECTED, (p: Rejected) => {
      throw new ResponseError(ErrorCodes.InvalidParams, p.message);
    });
  }

  private handle(message: Message, next: (message: Message) => void): void {
    let checked: Message | undefined;
    try {
      checked = this.check(message);
    } catch (e) {
      // The check itself must never lose a message: pass it on unchecked.
      this.log(`SmartFab could not check ${String((message as { method?: unknown }).method)}: ${String(e)}`);
      checked = message;
    }
    if (checked) next(checked);
  }

  /** The message to dispatch (the original, or a rerouted rejection), or undefined to drop it. */
  private check(message: Message): Message | undefined {
    if (Message.isRequest(message)) {
      const error = this.paramsError(message.method, message.params);
      if (!error) return message;
      this.log(error);
      const rejected: RequestMessage = { jsonrpc: message.jsonrpc, id: message.id, method: REJECTED, params: { method: message.method, message: error } satisfies Rejected };
      return rejected;
    }
    if (Message.isNotification(message)) {
      const error = this.paramsError(message.method, message.params);
      if (error) return void this.log(t('Ignored a notification: {0}', error));
    }
    return message;
  }
}
