package io.vectort.generation.starter;

import static io.vectort.generation.starter.LexiconFields.date;
import static io.vectort.generation.starter.LexiconFields.email;
import static io.vectort.generation.starter.LexiconFields.entity;
import static io.vectort.generation.starter.LexiconFields.flag;
import static io.vectort.generation.starter.LexiconFields.longText;
import static io.vectort.generation.starter.LexiconFields.money;
import static io.vectort.generation.starter.LexiconFields.number;
import static io.vectort.generation.starter.LexiconFields.text;
import static io.vectort.generation.starter.LexiconFields.title;
import static io.vectort.generation.starter.LexiconFields.url;

import io.vectort.generation.starter.spec.Entity;
import java.util.List;

/** Lexicon entries for business records: stock, sales, people at work, projects and support. */
final class WorkEntities {

    private WorkEntities() {}

    static List<Entity> all() {
        return List.of(
                entity(
                        "product",
                        title("name", "Wireless mouse", "Desk lamp", "USB-C cable"),
                        text("sku", "WM-100", "DL-220", "UC-310"),
                        money("price", "24.99", "39.5", "9.99"),
                        number("quantity", "48", "12", "130")),
                entity(
                        "part",
                        title("name", "Chain", "Brake pads", "Inner tube"),
                        text("sku", "CH-11S", "BP-DISC-2", "IT-700C"),
                        money("price", "29.99", "18.5", "7.25"),
                        number("quantity", "12", "30", "45")),
                entity(
                        "item",
                        title("name", "Label maker", "Extension cord", "Spare keys"),
                        number("quantity", "1", "3", "2"),
                        text("location", "Office", "Garage", "Kitchen drawer"),
                        longText("notes", "Needs new tape.", "One is 5 m long.", "Front door and shed.")),
                entity(
                        "supplier",
                        title("name", "Northwind Parts", "Velo Supply Co.", "Summit Components"),
                        email("email", "orders@northwind.example", "sales@velosupply.example", "hello@summit.example"),
                        text("phone", "+1 555 0100", "+1 555 0142", "+1 555 0199")),
                entity(
                        "customer",
                        title("name", "Ada Lovelace", "Grace Hopper", "Alan Turing"),
                        email("email", "ada@example.com", "grace@example.com", "alan@example.com"),
                        text("phone", "+1 555 0101", "+1 555 0102", "+1 555 0103"),
                        text("city", "London", "New York", "Manchester")),
                entity(
                        "order",
                        title("reference", "ORD-1001", "ORD-1002", "ORD-1003"),
                        text("customer", "Ada Lovelace", "Grace Hopper", "Alan Turing"),
                        date("orderDate", "2025-03-02", "2025-03-09", "2025-03-15"),
                        money("total", "120", "86.4", "42.99"),
                        flag("shipped", "true", "false", "false")),
                entity(
                        "invoice",
                        title("number", "INV-2025-001", "INV-2025-002", "INV-2025-003"),
                        text("client", "Acme Ltd", "Globex", "Initech"),
                        date("dueDate", "2025-04-01", "2025-04-15", "2025-05-01"),
                        money("amount", "1500", "820", "2400"),
                        flag("paid", "true", "false", "false")),
                entity(
                        "employee",
                        title("name", "Maya Patel", "Tom Berg", "Lena Fischer"),
                        email("email", "maya@example.com", "tom@example.com", "lena@example.com"),
                        text("role", "Designer", "Engineer", "Accountant"),
                        date("startDate", "2021-06-01", "2022-09-12", "2024-01-08")),
                entity(
                        "contact",
                        title("name", "Sam Rivera", "Priya Shah", "Jonas Weber"),
                        email("email", "sam@example.com", "priya@example.com", "jonas@example.com"),
                        text("phone", "+1 555 0110", "+1 555 0111", "+1 555 0112"),
                        text("company", "Rivera Design", "Shah Consulting", "Weber & Co")),
                entity(
                        "lead",
                        title("name", "Olivia Chen", "Marco Rossi", "Fatima Malik"),
                        text("company", "Brightside", "Rossi Foods", "Malik Studio"),
                        email("email", "olivia@example.com", "marco@example.com", "fatima@example.com"),
                        text("status", "New", "Contacted", "Qualified")),
                entity(
                        "deal",
                        title("title", "Website redesign", "Annual support plan", "Cloud migration"),
                        text("company", "Brightside", "Rossi Foods", "Malik Studio"),
                        money("value", "12000", "4800", "30000"),
                        text("stage", "Proposal", "Negotiation", "Won")),
                entity(
                        "expense",
                        title("description", "Team lunch", "Train tickets", "Printer ink"),
                        text("category", "Food", "Travel", "Office"),
                        money("amount", "64.2", "48", "23.99"),
                        date("date", "2025-03-03", "2025-03-11", "2025-03-20")),
                entity(
                        "payment",
                        title("reference", "PAY-301", "PAY-302", "PAY-303"),
                        text("payer", "Acme Ltd", "Globex", "Initech"),
                        money("amount", "1500", "820", "99"),
                        date("paidOn", "2025-03-04", "2025-03-18", "2025-03-25")),
                entity(
                        "project",
                        title("name", "Website relaunch", "Mobile app", "Office move"),
                        text("owner", "Maya", "Tom", "Lena"),
                        text("status", "In progress", "Planned", "Done"),
                        date("dueDate", "2025-06-30", "2025-09-01", "2025-04-15")),
                entity(
                        "task",
                        title("title", "Write project brief", "Book the team offsite", "Review pull requests"),
                        date("dueDate", "2025-03-21", "2025-04-04", "2025-03-18"),
                        text("priority", "High", "Medium", "Low"),
                        flag("done", "false", "false", "true")),
                entity(
                        "ticket",
                        title(
                                "subject",
                                "Login page shows an error",
                                "Export button does nothing",
                                "Typo on the pricing page"),
                        email("requester", "ana@example.com", "ben@example.com", "cleo@example.com"),
                        text("priority", "High", "Medium", "Low"),
                        text("status", "Open", "In progress", "Closed")),
                entity(
                        "meeting",
                        title("title", "Weekly planning", "Design review", "Quarterly kickoff"),
                        date("date", "2025-03-17", "2025-03-19", "2025-04-01"),
                        text("location", "Room 2", "Video call", "Main hall"),
                        longText("notes", "Agenda in the shared doc.", "Bring the prototypes.", "All hands.")),
                entity(
                        "event",
                        title("name", "Spring meetup", "Product launch", "Team retreat"),
                        date("date", "2025-04-12", "2025-05-20", "2025-06-14"),
                        text("location", "Community hall", "Online", "Lake house"),
                        number("capacity", "80", "500", "25")),
                entity(
                        "user",
                        title("name", "Ana Silva", "Ben Okafor", "Cleo Martin"),
                        email("email", "ana@example.com", "ben@example.com", "cleo@example.com"),
                        text("role", "Admin", "Editor", "Viewer"),
                        flag("active", "true", "true", "false")),
                entity(
                        "company",
                        title("name", "Acme Ltd", "Globex", "Initech"),
                        url("website", "https://acme.example", "https://globex.example", "https://initech.example"),
                        text("industry", "Manufacturing", "Energy", "Software"),
                        number("employees", "120", "45", "300")),
                entity(
                        "member",
                        title("name", "Ivy Clarke", "Noah Kim", "Zara Ahmed"),
                        email("email", "ivy@example.com", "noah@example.com", "zara@example.com"),
                        text("plan", "Basic", "Premium", "Family"),
                        date("joinedOn", "2024-02-01", "2024-07-15", "2025-01-10")),
                entity(
                        "sale",
                        title("item", "Desk lamp", "Office chair", "Monitor stand"),
                        text("customer", "Ada Lovelace", "Grace Hopper", "Alan Turing"),
                        money("amount", "39.5", "189", "45"),
                        date("date", "2025-03-05", "2025-03-06", "2025-03-12")),
                entity(
                        "shipment",
                        title("trackingNumber", "1Z999AA1", "JD014600", "RR123456"),
                        text("carrier", "UPS", "DHL", "Royal Mail"),
                        date("shippedOn", "2025-03-03", "2025-03-08", "2025-03-10"),
                        flag("delivered", "true", "false", "false")),
                entity(
                        "warehouse",
                        title("name", "North depot", "City store room", "Harbour unit"),
                        text("city", "Leeds", "Bristol", "Hull"),
                        number("capacity", "1200", "300", "800")),
                entity(
                        "asset",
                        title("name", "Laptop 14\"", "Standing desk", "Projector"),
                        text("serialNumber", "C02XK1", "SD-2231", "PJ-7781"),
                        text("assignedTo", "Maya", "Tom", "Meeting room"),
                        money("value", "1899", "420", "650")),
                entity(
                        "application",
                        title("role", "Frontend developer", "Product designer", "Data analyst"),
                        text("company", "Brightside", "Acme Ltd", "Globex"),
                        date("appliedOn", "2025-02-20", "2025-03-01", "2025-03-09"),
                        text("status", "Interview", "Applied", "Offer")),
                entity(
                        "shift",
                        title("employee", "Maya Patel", "Tom Berg", "Lena Fischer"),
                        date("date", "2025-03-17", "2025-03-17", "2025-03-18"),
                        text("start", "08:00", "14:00", "08:00"),
                        text("end", "14:00", "20:00", "16:00")),
                entity(
                        "category",
                        title("name", "Favourites", "Everyday", "Special occasions"),
                        longText(
                                "description",
                                "The ones we come back to.",
                                "Quick and reliable.",
                                "For when there is time.")),
                entity("tag", title("name", "urgent", "later", "idea"), text("colour", "Red", "Grey", "Yellow")),
                entity(
                        "location",
                        title("name", "Head office", "Warehouse", "Pop-up shop"),
                        text("address", "1 Market Street", "22 Dock Road", "5 High Street"),
                        text("city", "Leeds", "Hull", "York")));
    }
}
