// @faker-js/faker 8 with a fixed seed: names, internet, locations, dates from a reference
// date, lorem, numbers, helpers and a second locale.
import { faker, fakerDE } from '@faker-js/faker';
faker.seed(42);
console.log(faker.person.fullName(), faker.person.jobTitle(), faker.internet.email(), faker.internet.userName?.() ?? faker.internet.username());
console.log(faker.location.city(), faker.location.streetAddress(), faker.location.zipCode(), faker.location.latitude());
console.log(faker.date.past({ refDate: '2020-01-01T00:00:00.000Z' }).toISOString(), faker.date.between({ from: '2000-01-01', to: '2001-01-01' }).toISOString());
console.log(faker.lorem.sentence(), faker.lorem.words(3), faker.number.int({ min: 1, max: 100 }), faker.number.float({ min: 0, max: 1, fractionDigits: 3 }));
console.log(faker.string.uuid(), faker.string.alphanumeric(10), faker.color.rgb(), faker.finance.amount(), faker.commerce.productName());
console.log(faker.helpers.arrayElements([1, 2, 3, 4, 5], 2), faker.helpers.shuffle(['a', 'b', 'c']), faker.helpers.fake('{{person.firstName}} from {{location.country}}'));
console.log(faker.helpers.multiple(() => faker.animal.dog(), { count: 3 }), faker.phone.number(), faker.image.url().slice(0, 20));
fakerDE.seed(7);
console.log(fakerDE.person.fullName(), fakerDE.location.city());
