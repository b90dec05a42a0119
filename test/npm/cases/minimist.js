console.log(require('minimist')(['-a', '1', '--b=x', '--no-c', 'rest', '--', '-z']));
