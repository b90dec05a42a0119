// graphql 16: schema from SDL, queries with arguments, variables, nested types, validation errors.
const { graphql, buildSchema } = require('graphql');
const schema = buildSchema(`
  type Book { title: String!, author: Author }
  type Author { name: String, books: [Book] }
  type Query { hello(n: Int = 1): String, book(id: ID!): Book }
`);
const author = { name: 'Ann' };
const books = { 1: { title: 'One', author }, 2: { title: 'Two', author } };
author.books = Object.values(books);
const rootValue = { hello: ({ n }) => 'h' + n, book: ({ id }) => books[id] };
(async () => {
    console.log(JSON.stringify(await graphql({ schema, source: '{ hello hello2: hello(n: 2) }', rootValue })));
    console.log(JSON.stringify(await graphql({ schema, source: 'query Q($id: ID!) { book(id: $id) { title author { name books { title } } } }', rootValue, variableValues: { id: '1' } })));
    const bad = await graphql({ schema, source: '{ nope }', rootValue });
    console.log(bad.errors.map((e) => e.message));
})();
