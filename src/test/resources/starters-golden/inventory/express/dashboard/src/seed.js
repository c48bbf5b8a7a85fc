// Sample rows the in-memory store starts with; the store copies them.

export const parts = [
  { name: "Chain", sku: "CH-11S", price: 29.99, quantity: 12 },
  { name: "Brake pads", sku: "BP-DISC-2", price: 18.5, quantity: 30 },
  { name: "Inner tube", sku: "IT-700C", price: 7.25, quantity: 45 },
];

export const suppliers = [
  { name: "Northwind Parts", email: "orders@northwind.example", phone: "+1 555 0100" },
  { name: "Velo Supply Co.", email: "sales@velosupply.example", phone: "+1 555 0142" },
  { name: "Summit Components", email: "hello@summit.example", phone: "+1 555 0199" },
];
