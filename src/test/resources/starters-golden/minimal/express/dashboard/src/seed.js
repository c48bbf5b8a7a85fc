// Sample rows the in-memory store starts with; the store copies them.

export const items = [
  { name: "Label maker", quantity: 1, location: "Office", notes: "Needs new tape." },
  { name: "Extension cord", quantity: 3, location: "Garage", notes: "One is 5 m long." },
  { name: "Spare keys", quantity: 2, location: "Kitchen drawer", notes: "Front door and shed." },
];
