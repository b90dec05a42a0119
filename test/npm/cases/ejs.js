const ejs = require('ejs');
console.log(ejs.render('<ul><% items.forEach(function (i) { %><li><%= i %></li><% }) %></ul> <%- raw %>', { items: ['a', '<b>'], raw: '<i>' }));
