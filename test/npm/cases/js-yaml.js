const yaml = require('js-yaml');
console.log(yaml.load('a: 1\nb: [x, y]\nc: {d: true}\n'), yaml.dump({ k: [1, 'two'] }));
