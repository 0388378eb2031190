import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every English sentence for people in the code, found by reading it (TypeScript's parser, no type
 * checking): the message argument of the error helpers, `userText(...)`, and the `message` of invalid
 * fields and class-validator rules. A template literal becomes a catalogue key with a `{{name}}` per
 * substitution, named after the substituted expression (`${content.cpvCode}` → `{{cpvCode}}`).
 * A message passed in a variable is followed to its values: a const's initializer, or a parameter of a
 * function of the same file, to the arguments of that function's calls there.
 */

/** Callee name → index of its message argument. */
const SINKS: Record<string, number> = {
  userError: 1,
  badUserInput: 0,
  forbidden: 0,
  unauthenticated: 0,
  conflict: 0,
  AppError: 1,
  userText: 0,
  sendError: 3,
  refuse: 3,
  rateLimited: 1,
  tooComplex: 2,
  invalidToken: 0,
};

/** Functions whose messages are scanned where they are written (`invalidInput` in the kit). */
const BUILT_ELSEWHERE = new Set(['untranslated', 'invalidInput']);

export interface FoundMessage {
  key: string;
  where: string;
}

export interface Scan {
  messages: FoundMessage[];
  /** Message arguments the scan could not follow to their text: rewrite them so it can. */
  unresolved: string[];
}

/** Not for end users: the operator's configuration, command-line tools, migrations. */
const SKIPPED = new Set(['migrations', 'cli', 'config.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !SKIPPED.has(entry.name)
      ? [path]
      : [];
  });
}

function nameOf(expr: ts.Expression): string {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  if (ts.isElementAccessExpression(expr)) return nameOf(expr.expression);
  if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr) || ts.isAsExpression(expr)) {
    return nameOf(expr.expression);
  }
  if (ts.isCallExpression(expr)) {
    const [first] = expr.arguments;
    if (first && !ts.isSpreadElement(first)) return nameOf(first);
    return ts.isPropertyAccessExpression(expr.expression) ? nameOf(expr.expression.expression) : 'value';
  }
  if (ts.isBinaryExpression(expr)) return nameOf(expr.left);
  return 'value';
}

function calleeName(expr: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = expr.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** The function (declaration or const arrow) whose parameter `name` is, and the parameter's index. */
function enclosingParameter(
  node: ts.Node,
  name: string,
): { fn: string; index: number; init?: ts.Expression } | undefined {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isFunctionDeclaration(at) || ts.isArrowFunction(at) || ts.isFunctionExpression(at)) {
      const index = at.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (index < 0) continue;
      let fn: string | undefined;
      if (ts.isFunctionDeclaration(at)) fn = at.name?.text;
      else if (ts.isVariableDeclaration(at.parent) && ts.isIdentifier(at.parent.name))
        fn = at.parent.name.text;
      return fn ? { fn, index, init: at.parameters[index]!.initializer } : undefined;
    }
  }
  return undefined;
}

function constInitializer(file: ts.SourceFile, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer
    ) {
      found ??= node.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

function functionOf(file: ts.SourceFile, name: string): FunctionLike | undefined {
  let found: FunctionLike | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) found ??= node;
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      found ??= node.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function returnsOf(fn: FunctionLike): ts.Expression[] {
  if (fn.body && !ts.isBlock(fn.body)) return [fn.body];
  const results: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (node !== fn && ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) results.push(node.expression);
    ts.forEachChild(node, visit);
  };
  if (fn.body) ts.forEachChild(fn.body, visit);
  return results;
}

function propertyInitializers(file: ts.SourceFile, name: string): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      found.push(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The table a destructured name comes from: `BODY_ERRORS` in `const [a, b] = BODY_ERRORS[type]`. */
function destructuredFrom(file: ts.SourceFile, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      (ts.isArrayBindingPattern(node.name) || ts.isObjectBindingPattern(node.name)) &&
      node.initializer &&
      node.name.getText(file).match(new RegExp(`\\b${name}\\b`))
    ) {
      let root: ts.Expression = node.initializer;
      while (ts.isElementAccessExpression(root) || ts.isPropertyAccessExpression(root))
        root = root.expression;
      if (ts.isIdentifier(root)) found ??= constInitializer(file, root.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function userTextCalls(node: ts.Node): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (at: ts.Node) => {
    if (ts.isCallExpression(at) && calleeName(at) === 'userText' && at.arguments[0])
      found.push(at.arguments[0]);
    ts.forEachChild(at, visit);
  };
  visit(node);
  return found;
}

function callsOf(file: ts.SourceFile, fn: string): (ts.CallExpression | ts.NewExpression)[] {
  const calls: (ts.CallExpression | ts.NewExpression)[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && calleeName(node) === fn) calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

function uniqueNames(parts: (string | { name: string })[]): string {
  const seen = new Map<string, number>();
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const count = (seen.get(part.name) ?? 0) + 1;
      seen.set(part.name, count);
      return `{{${count === 1 ? part.name : `${part.name}${count}`}}}`;
    })
    .join('');
}

type Part = string | { name: string };

export function scanMessages(root: string, dirs: string[]): Scan {
  const messages: FoundMessage[] = [];
  const unresolved: string[] = [];
  for (const path of dirs.flatMap((dir) => sourceFiles(join(root, dir)))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) =>
      `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

    /** The alternative texts of an expression, as parts; undefined when it cannot be followed. */
    const partsOf = (expr: ts.Expression, depth = 0): Part[][] | undefined => {
      if (depth > 8) return undefined;
      if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [[expr.text]];
      if (expr.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expr) && expr.text === 'undefined'))
        return [];
      // graphql-js's own wording, passed on in English on purpose
      if (ts.isCallExpression(expr) && BUILT_ELSEWHERE.has(calleeName(expr) ?? '')) return [];
      if (ts.isCallExpression(expr) && calleeName(expr) === 'userText' && expr.arguments[0]) {
        return partsOf(expr.arguments[0], depth + 1);
      }
      // an error's message (`(error as Error).message`): scanned where the error is made
      if (ts.isPropertyAccessExpression(expr) && expr.name.text === 'message') return [];
      if (ts.isPropertyAccessExpression(expr)) {
        // `after.refusal`: the texts this file gives that property
        const found: Part[][] = [];
        for (const init of propertyInitializers(file, expr.name.text)) {
          const parts = partsOf(init, depth + 1);
          if (!parts) return undefined;
          found.push(...parts);
        }
        return found.length > 0 ? found : undefined;
      }
      if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
        // a function of this file that builds the message: its returned texts
        const fn = functionOf(file, expr.expression.text);
        if (!fn) return undefined;
        const found: Part[][] = [];
        for (const result of returnsOf(fn)) {
          const parts = partsOf(result, depth + 1);
          if (!parts) return undefined;
          found.push(...parts);
        }
        return found;
      }
      if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
        return partsOf(expr.expression, depth);
      if (ts.isTemplateExpression(expr)) {
        const parts: Part[] = [expr.head.text];
        for (const span of expr.templateSpans)
          parts.push({ name: nameOf(span.expression) }, span.literal.text);
        return [parts];
      }
      if (ts.isConditionalExpression(expr)) {
        const a = partsOf(expr.whenTrue, depth + 1);
        const b = partsOf(expr.whenFalse, depth + 1);
        return a && b ? [...a, ...b] : undefined;
      }
      if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const a = partsOf(expr.left, depth + 1);
        const b = partsOf(expr.right, depth + 1);
        return a && b ? a.flatMap((x) => b.map((y) => [...x, ...y])) : undefined;
      }
      if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
        const b = partsOf(expr.right, depth + 1);
        // `message ?? 'default'`: the left is followed where it is given
        const a = ts.isIdentifier(expr.left) ? partsOf(expr.left, depth + 1) : [];
        return a && b ? [...a, ...b] : undefined;
      }
      if (ts.isIdentifier(expr)) {
        const parameter = enclosingParameter(expr, expr.text);
        if (parameter) {
          const found: Part[][] = parameter.init ? (partsOf(parameter.init, depth + 1) ?? []) : [];
          for (const call of callsOf(file, parameter.fn)) {
            const arg = call.arguments?.[parameter.index];
            if (!arg) continue;
            const parts = partsOf(arg, depth + 1);
            if (!parts) return undefined;
            found.push(...parts);
          }
          return found;
        }
        const init = constInitializer(file, expr.text);
        if (init) return partsOf(init, depth + 1);
        // `const [status, code, message] = BODY_ERRORS[type]`: the texts marked in that table
        const table = destructuredFrom(file, expr.text);
        if (!table) return undefined;
        const found: Part[][] = [];
        for (const marked of userTextCalls(table)) {
          const parts = partsOf(marked, depth + 1);
          if (!parts) return undefined;
          found.push(...parts);
        }
        return found.length > 0 ? found : undefined;
      }
      return undefined;
    };

    const record = (expr: ts.Expression, transform: (key: string) => string = (key) => key) => {
      const parts = partsOf(expr);
      if (!parts) {
        unresolved.push(`${where(expr)}: ${expr.getText(file)}`);
        return;
      }
      for (const alternative of parts) {
        // A message that is only a placeholder was followed elsewhere (the caller's own text).
        if (alternative.every((part) => typeof part !== 'string' || part === '')) continue;
        messages.push({ key: transform(uniqueNames(alternative)), where: where(expr) });
      }
    };

    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const name = calleeName(node);
        const index = name === undefined ? undefined : SINKS[name];
        const arg = index === undefined ? undefined : node.arguments?.[index];
        if (arg) record(arg);
      }
      if (ts.isObjectLiteralExpression(node)) {
        const names = node.properties.map((p) =>
          p.name && ts.isIdentifier(p.name) ? p.name.text : undefined,
        );
        const message = node.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'message',
        );
        const text = message?.initializer;
        if (
          text &&
          names.includes('path') &&
          !ts.isIdentifier(text) &&
          !ts.isPropertyAccessExpression(text) &&
          !ts.isCallExpression(text)
        ) {
          record(text); // an invalid field: { path, message }
        } else if (text && (ts.isStringLiteral(text) || ts.isNoSubstitutionTemplateLiteral(text))) {
          // class-validator's options: `$property` is the field, left out of the field's message
          if (!names.includes('path')) record(text, (key) => key.replace(/^\$property /, ''));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { messages, unresolved };
}
