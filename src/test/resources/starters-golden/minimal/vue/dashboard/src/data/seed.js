// Sample rows shown until the first change is saved in the browser.

export const items = [
  { id: "seed-1", name: "Label maker", quantity: 1, location: "Office", notes: "Needs new tape." },
  { id: "seed-2", name: "Extension cord", quantity: 3, location: "Garage", notes: "One is 5 m long." },
  { id: "seed-3", name: "Spare keys", quantity: 2, location: "Kitchen drawer", notes: "Front door and shed." },
];
