// Sample rows shown until the first change is saved in the browser.

export const parts = [
  { id: "seed-1", name: "Chain", sku: "CH-11S", price: 29.99, quantity: 12 },
  { id: "seed-2", name: "Brake pads", sku: "BP-DISC-2", price: 18.5, quantity: 30 },
  { id: "seed-3", name: "Inner tube", sku: "IT-700C", price: 7.25, quantity: 45 },
];

export const suppliers = [
  { id: "seed-1", name: "Northwind Parts", email: "orders@northwind.example", phone: "+1 555 0100" },
  { id: "seed-2", name: "Velo Supply Co.", email: "sales@velosupply.example", phone: "+1 555 0142" },
  { id: "seed-3", name: "Summit Components", email: "hello@summit.example", phone: "+1 555 0199" },
];
