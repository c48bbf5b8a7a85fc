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

/** Lexicon entries for personal records: collections, home, health, learning and writing. */
final class HomeEntities {

    private HomeEntities() {}

    static List<Entity> all() {
        return List.of(
                entity(
                        "book",
                        title("title", "The Hobbit", "Dune", "Pride and Prejudice"),
                        text("author", "J. R. R. Tolkien", "Frank Herbert", "Jane Austen"),
                        text("genre", "Fantasy", "Science fiction", "Classic"),
                        number("rating", "5", "4", "5"),
                        flag("finished", "true", "false", "true")),
                entity(
                        "recipe",
                        title("name", "Lemon pasta", "Chicken curry", "Banana bread"),
                        text("category", "Dinner", "Dinner", "Baking"),
                        number("prepMinutes", "20", "45", "70"),
                        number("servings", "2", "4", "8"),
                        longText(
                                "instructions",
                                "Boil pasta, toss with lemon, butter and parmesan.",
                                "Brown the chicken, add paste and coconut milk, simmer.",
                                "Mash bananas, mix with flour, sugar and eggs, bake for an hour.")),
                entity(
                        "ingredient",
                        title("name", "Flour", "Eggs", "Olive oil"),
                        text("quantity", "500 g", "6", "1 l"),
                        flag("inStock", "true", "false", "true")),
                entity(
                        "movie",
                        title("title", "Spirited Away", "Arrival", "Paddington 2"),
                        text("director", "Hayao Miyazaki", "Denis Villeneuve", "Paul King"),
                        number("year", "2001", "2016", "2017"),
                        flag("watched", "true", "false", "true")),
                entity(
                        "song",
                        title("title", "Bohemian Rhapsody", "Hey Jude", "Dancing Queen"),
                        text("artist", "Queen", "The Beatles", "ABBA"),
                        number("year", "1975", "1968", "1976")),
                entity(
                        "album",
                        title("title", "Rumours", "Abbey Road", "Blue"),
                        text("artist", "Fleetwood Mac", "The Beatles", "Joni Mitchell"),
                        number("year", "1977", "1969", "1971")),
                entity(
                        "game",
                        title("title", "Stardew Valley", "Celeste", "Chess"),
                        text("platform", "PC", "Switch", "Board"),
                        flag("completed", "true", "false", "false")),
                entity(
                        "plant",
                        title("name", "Monstera", "Fiddle leaf fig", "Snake plant"),
                        text("location", "Living room", "Bedroom", "Office"),
                        date("lastWatered", "2025-03-10", "2025-03-12", "2025-03-01"),
                        number("waterEveryDays", "7", "10", "14")),
                entity(
                        "pet",
                        title("name", "Biscuit", "Luna", "Pepper"),
                        text("species", "Dog", "Cat", "Rabbit"),
                        date("birthday", "2019-05-04", "2021-10-31", "2023-02-14"),
                        text("vet", "Dr. Hart", "Dr. Hart", "Paws Clinic")),
                entity(
                        "vehicle",
                        title("name", "Family car", "Work van", "Scooter"),
                        text("make", "Toyota", "Ford", "Vespa"),
                        number("year", "2018", "2020", "2022"),
                        number("mileage", "64000", "88000", "5200")),
                entity(
                        "bike",
                        title("name", "Commuter", "Gravel bike", "Kids' bike"),
                        text("brand", "Brompton", "Canyon", "Frog"),
                        date("lastService", "2025-01-12", "2024-11-03", "2025-02-20")),
                entity(
                        "ride",
                        title("route", "River loop", "Hill climb", "Coffee run"),
                        date("date", "2025-03-08", "2025-03-09", "2025-03-15"),
                        number("distanceKm", "32", "54", "12"),
                        number("minutes", "75", "160", "35")),
                entity(
                        "workout",
                        title("name", "Morning run", "Leg day", "Yoga flow"),
                        date("date", "2025-03-10", "2025-03-11", "2025-03-12"),
                        number("minutes", "30", "50", "45"),
                        longText("notes", "Easy pace.", "New squat record.", "Felt great.")),
                entity(
                        "habit",
                        title("name", "Drink water", "Read 20 pages", "Stretch"),
                        text("frequency", "Daily", "Daily", "Weekdays"),
                        number("streak", "12", "5", "3"),
                        flag("active", "true", "true", "false")),
                entity(
                        "goal",
                        title("title", "Run a half marathon", "Learn Spanish basics", "Save for a bike"),
                        date("targetDate", "2025-10-12", "2025-12-31", "2025-07-01"),
                        number("progress", "40", "15", "70"),
                        flag("achieved", "false", "false", "false")),
                entity(
                        "note",
                        title("title", "Gift ideas", "Wi-Fi password for guests", "Books to read"),
                        longText(
                                "body",
                                "Scarf for Mum, board game for Leo.",
                                "It is on the fridge.",
                                "Dune, Circe, Piranesi."),
                        flag("pinned", "true", "false", "false")),
                entity(
                        "post",
                        title("title", "Hello, world", "What we learned this month", "Five small wins"),
                        text("author", "Alex", "Sam", "Alex"),
                        date("publishedOn", "2025-03-01", "2025-03-15", "2025-04-02"),
                        longText("body", "Welcome to the blog.", "A short look back.", "Little things that helped.")),
                entity(
                        "author",
                        title("name", "Alex Morgan", "Sam Lee", "Jo Carter"),
                        email("email", "alex@example.com", "sam@example.com", "jo@example.com"),
                        longText(
                                "bio",
                                "Writes about everyday things.",
                                "Loves long walks and short posts.",
                                "Editor.")),
                entity(
                        "comment",
                        title("author", "Kim", "Lou", "Ravi"),
                        longText("body", "Great post!", "Thanks, this helped.", "Looking forward to the next one."),
                        date("postedOn", "2025-03-02", "2025-03-16", "2025-04-03")),
                entity(
                        "student",
                        title("name", "Mia Jones", "Leo Brown", "Ava Wilson"),
                        email("email", "mia@example.com", "leo@example.com", "ava@example.com"),
                        text("grade", "Year 9", "Year 10", "Year 9")),
                entity(
                        "course",
                        title("title", "Intro to Python", "Watercolour basics", "Spanish A1"),
                        text("teacher", "Ms. Green", "Mr. Ito", "Sra. Ruiz"),
                        date("startDate", "2025-04-07", "2025-05-03", "2025-09-15"),
                        number("seats", "20", "12", "16")),
                entity(
                        "patient",
                        title("name", "Henry Ford", "Amelia Earhart", "Marie Curie"),
                        date("dateOfBirth", "1963-07-30", "1987-07-24", "1967-11-07"),
                        text("phone", "+1 555 0120", "+1 555 0121", "+1 555 0122"),
                        date("lastVisit", "2025-02-11", "2025-01-20", "2025-03-03")),
                entity(
                        "property",
                        title("address", "12 Oak Street", "48 Harbour View", "7 Mill Lane"),
                        text("city", "Bath", "Brighton", "York"),
                        money("rent", "1250", "1800", "950"),
                        number("bedrooms", "2", "3", "1"),
                        flag("available", "false", "true", "true")),
                entity(
                        "tenant",
                        title("name", "Ruth Baker", "Omar Haddad", "Chloe Dubois"),
                        email("email", "ruth@example.com", "omar@example.com", "chloe@example.com"),
                        date("moveInDate", "2023-09-01", "2024-03-15", "2025-01-01")),
                entity(
                        "person",
                        title("name", "Alex Morgan", "Sam Lee", "Jo Carter"),
                        email("email", "alex@example.com", "sam@example.com", "jo@example.com"),
                        text("phone", "+1 555 0130", "+1 555 0131", "+1 555 0132"),
                        date("birthday", "1990-04-12", "1985-09-30", "1994-01-22")),
                entity(
                        "subscription",
                        title("name", "Music streaming", "Cloud storage", "Newspaper"),
                        money("price", "10.99", "2.99", "8"),
                        date("renewsOn", "2025-04-01", "2025-04-15", "2025-05-01"),
                        flag("active", "true", "true", "false")),
                entity(
                        "bill",
                        title("name", "Electricity", "Internet", "Water"),
                        money("amount", "74.5", "35", "28.2"),
                        date("dueDate", "2025-04-01", "2025-04-05", "2025-04-20"),
                        flag("paid", "false", "true", "false")),
                entity(
                        "account",
                        title("name", "Everyday account", "Savings", "Credit card"),
                        text("bank", "First Bank", "First Bank", "Card Co"),
                        money("balance", "1240.5", "8300", "310")),
                entity(
                        "transaction",
                        title("description", "Groceries", "Salary", "Cinema"),
                        money("amount", "56.3", "2400", "24"),
                        date("date", "2025-03-08", "2025-03-01", "2025-03-14"),
                        text("category", "Food", "Income", "Fun")),
                entity(
                        "trip",
                        title("destination", "Lisbon", "Kyoto", "Vancouver"),
                        date("startDate", "2025-05-10", "2025-10-02", "2026-02-14"),
                        date("endDate", "2025-05-14", "2025-10-16", "2026-02-21"),
                        money("budget", "900", "3500", "2200")),
                entity(
                        "photo",
                        title("title", "Sunset at the pier", "First snow", "Birthday cake"),
                        url(
                                "url",
                                "https://example.com/sunset.jpg",
                                "https://example.com/snow.jpg",
                                "https://example.com/cake.jpg"),
                        date("takenOn", "2024-08-14", "2024-12-02", "2025-02-09")),
                entity(
                        "bookmark",
                        title("title", "MDN Web Docs", "Node.js docs", "Vite guide"),
                        url(
                                "url",
                                "https://developer.mozilla.org",
                                "https://nodejs.org/docs",
                                "https://vite.dev/guide"),
                        text("topic", "Web", "Node", "Tooling")),
                entity(
                        "donation",
                        title("donor", "Kind Neighbour", "Local Bakery", "Anonymous"),
                        money("amount", "50", "120", "20"),
                        date("date", "2025-02-14", "2025-03-01", "2025-03-09")));
    }
}
