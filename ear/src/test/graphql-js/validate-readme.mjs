// Checks the server's schema and the README's queries with graphql-js, the reference GraphQL implementation:
// builds the client schema from the server's introspection, validates it, then parses and validates every
// ```graphql block of the README against it. Exits non-zero if anything is invalid.
//
// Usage: node validate-readme.mjs <GraphQL endpoint URL> <README.md>
// e.g.   npm ci && node validate-readme.mjs http://localhost:8080/graphql ../../../../README.md
// The server wants a user: environment variable TANJI_AUTHORIZATION is sent as the Authorization header,
// e.g. TANJI_AUTHORIZATION="Basic $(printf admin:tanji-admin | base64)".
import { readFile } from 'node:fs/promises';
import { assertValidSchema, buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';

const [url, readmePath] = process.argv.slice(2);
if (!url || !readmePath) {
  console.error('usage: node validate-readme.mjs <GraphQL endpoint URL> <README.md>');
  process.exit(2);
}

const schema = buildClientSchema(await introspect(url));
assertValidSchema(schema);
console.log(`schema from ${url}: valid, ${Object.keys(schema.getTypeMap()).length} types`);

const blocks = graphqlBlocks(await readFile(readmePath, 'utf8'));
let invalid = 0;
for (const block of blocks) {
  const errors = check(block.text);
  const where = `${readmePath}:${block.line}`;
  console.log(`${errors.length === 0 ? 'OK     ' : 'INVALID'} ${where}  ${firstLine(block.text)}`);
  for (const error of errors) {
    const at = error.locations?.[0];
    console.log(`        ${at ? `line ${block.line + at.line - 1}: ` : ''}${error.message}`);
  }
  if (errors.length > 0) {
    invalid++;
  }
}
const count = `${blocks.length} ${blocks.length === 1 ? 'query' : 'queries'}`;
console.log(`${readmePath}: ${count} checked, ${invalid} invalid`);
process.exit(invalid > 0 || blocks.length === 0 ? 1 : 0);

/** The server's introspection result, as GraphiQL and other tools ask for it. */
async function introspect(endpoint) {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  });
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(process.env.TANJI_AUTHORIZATION ? { Authorization: process.env.TANJI_AUTHORIZATION } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`introspection of ${endpoint} failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** Every ```graphql fenced block, with the README line its first line is on. */
function graphqlBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*```graphql\s*$/.test(lines[i])) {
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) {
        end++;
      }
      blocks.push({ line: start + 1, text: lines.slice(start, end).join('\n') });
      i = end;
    }
  }
  return blocks;
}

/** A block's first line, with the next one if the first is a lone brace. */
function firstLine(text) {
  const [first, second = ''] = text.split('\n').map((line) => line.trim());
  return first === '{' ? `{ ${second}` : first;
}

/** The syntax error, or the validation errors, of one query against the schema. */
function check(text) {
  let document;
  try {
    document = parse(text);
  } catch (syntaxError) {
    return [syntaxError];
  }
  return validate(schema, document);
}
