package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CatalogTest {

    private final TestUser admin = Fixtures.user("ADMIN");

    private String category(String name, String parent) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "slug", Fixtures.unique("shop")));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/shop-categories").then().statusCode(201).extract().path("id");
    }

    @Test
    void aProductIsWrittenAndReadWithMoneyAsStringsImagesAndItsCategoryPath() {
        String root = category("Kitchen", null);
        String leaf = category("Cups", root);
        String sku = Fixtures.unique("CUP");
        JsonPath created = given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Espresso Cup", "description", "Thick porcelain.", "price", "19.9", "compareAtPrice", "24.50",
                        "currency", "EUR", "sku", sku, "stock", 12, "categoryId", leaf,
                        "images", List.of(Map.of("url", "https://img.example/1.jpg", "alt", "Front"),
                                Map.of("url", "https://img.example/2.jpg", "alt", "Side"))))
                .post("/api/products").then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/products/espresso-cup"))
                .extract().jsonPath();
        String slug = created.getString("product.slug");
        given().get("/api/products/" + slug).then().statusCode(200)
                .body("product.price", equalTo("19.90"))
                .body("product.compareAtPrice", equalTo("24.50"))
                .body("product.currency", equalTo("EUR"))
                .body("product.sku", equalTo(sku))
                .body("product.stock", equalTo(12))
                .body("product.images.alt", equalTo(List.of("Front", "Side")))
                .body("product.categoryPath.id", equalTo(List.of(root, leaf)))
                .body("product.rating.average", nullValue())
                .body("product.rating.count", equalTo(0));
    }

    @Test
    void badProductsAreRefusedNamingTheField() {
        String base = "{\"name\":\"Bad\",\"sku\":\"" + Fixtures.unique("BAD") + "\",";
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(base + "\"price\":19.9}")
                .post("/api/products").then().statusCode(400).body("violations[0].field", equalTo("price"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(base + "\"price\":\"19.999\"}")
                .post("/api/products").then().statusCode(400).body("violations[0].field", equalTo("price"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(base + "\"price\":\"-1.00\"}")
                .post("/api/products").then().statusCode(400).body("violations[0].field", equalTo("price"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(base + "\"price\":\"10.00\",\"compareAtPrice\":\"9.00\"}")
                .post("/api/products").then().statusCode(400).body("violations[0].field", equalTo("compareAtPrice"));
        TestProduct taken = Shop.product(admin, "5.00", 1);
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Twin", "price", "5.00", "sku", taken.sku()))
                .post("/api/products").then().statusCode(409).body("violations[0].field", equalTo("sku"));
        given().header("Authorization", Fixtures.user().bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Mine", "price", "5.00", "sku", Fixtures.unique("X")))
                .post("/api/products").then().statusCode(403);
    }

    @Test
    void theListFiltersByCategorySubtreePriceStockAndText() {
        String root = category("Outdoors", null);
        String child = category("Tents", root);
        String other = category("Books", null);
        String word = "zq" + Fixtures.unique("w").replace("-", "");
        TestProduct inChild = Shop.product(admin, "120.00", 3, Map.of("categoryId", child, "name", "Tent " + word));
        TestProduct inRoot = Shop.product(admin, "15.00", 0, Map.of("categoryId", root, "name", "Mat " + word));
        TestProduct elsewhere = Shop.product(admin, "15.00", 5, Map.of("categoryId", other, "name", "Book " + word));

        assertEquals(new HashSet<>(List.of(inChild.id().toString(), inRoot.id().toString())),
                ids("/api/products?limit=100&category=" + slugOf(root)));
        assertEquals(new HashSet<>(List.of(inChild.id().toString())), ids("/api/products?limit=100&category=" + slugOf(child)));
        assertEquals(new HashSet<>(List.of(inRoot.id().toString(), elsewhere.id().toString())),
                ids("/api/products?limit=100&q=" + word + "&maxPrice=20"));
        assertEquals(new HashSet<>(List.of(inChild.id().toString(), elsewhere.id().toString())),
                ids("/api/products?limit=100&q=" + word + "&inStock=true"));
        assertEquals(new HashSet<>(List.of(inChild.id().toString())), ids("/api/products?limit=100&q=" + word + "&minPrice=100.00"));
        given().get("/api/products?minPrice=abc").then().statusCode(400).body("violations[0].field", equalTo("minPrice"));
        given().get("/api/products?sort=cheapest").then().statusCode(400).body("violations[0].field", equalTo("sort"));
    }

    @Test
    void everySortWalksItsPagesWithoutRepeatsOrGaps() {
        String word = "zs" + Fixtures.unique("w").replace("-", "");
        List<String> prices = List.of("3.00", "1.50", "9.99", "3.00", "7.25", "1.50", "12.00");
        for (String price : prices) {
            Shop.product(admin, price, 1, Map.of("name", "Sorted " + word));
        }
        for (String sort : List.of("newest", "price", "price_desc", "rating")) {
            List<Map<String, Object>> walked = new ArrayList<>();
            String cursor = "";
            do {
                JsonPath page = given().get("/api/products?q=" + word + "&limit=2&sort=" + sort + "&cursor=" + cursor).then().statusCode(200)
                        .extract().jsonPath();
                walked.addAll(page.getList("products"));
                cursor = page.getString("pagination.nextCursor");
            } while (cursor != null);
            assertEquals(prices.size(), walked.size(), sort);
            assertEquals(prices.size(), new HashSet<>(walked.stream().map(p -> p.get("id")).toList()).size(), sort);
            if (sort.startsWith("price")) {
                Comparator<BigDecimal> order = sort.equals("price") ? Comparator.naturalOrder() : Comparator.reverseOrder();
                List<BigDecimal> seen = walked.stream().map(p -> new BigDecimal((String) p.get("price"))).toList();
                assertEquals(seen.stream().sorted(order).toList(), seen, sort);
            }
        }
    }

    @Test
    void archivingTakesAProductOutOfTheCatalogAndStockMovesOnlyByRecordedAdjustments() {
        TestProduct product = Shop.product(admin, "4.00", 2);
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("delta", 5, "reason", "Delivery"))
                .post("/api/products/" + product.id() + "/stock-adjustments").then().statusCode(201)
                .body("delta", equalTo(5)).body("stockAfter", equalTo(7)).body("reason", equalTo("Delivery"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("delta", -8, "reason", "Breakage"))
                .post("/api/products/" + product.id() + "/stock-adjustments").then().statusCode(409).body("violations[0].field", equalTo("delta"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("delta", 0, "reason", "Nothing"))
                .post("/api/products/" + product.id() + "/stock-adjustments").then().statusCode(400);
        given().get("/api/products/" + product.slug()).then().body("product.stock", equalTo(7));
        assertEquals(List.of(5), Fixtures.column("select delta from stock_adjustments where product_id = ?", product.id()));

        given().header("Authorization", admin.bearer()).post("/api/products/" + product.id() + "/archive").then().statusCode(200)
                .body("product.active", equalTo(false));
        given().get("/api/products/" + product.slug()).then().statusCode(404);
        given().get("/api/products?limit=100").then().body("products.id", not(hasItem(product.id().toString())));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("active", true, "price", "4.50"))
                .patch("/api/products/" + product.id()).then().statusCode(200).body("product.price", equalTo("4.50"));
        given().get("/api/products/" + product.slug()).then().statusCode(200);
    }

    @Test
    void aCategoryGoesUnderAParentThatExists() {
        String root = category("Loop", null);
        String child = category("Inner", root);
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Ghost", "parentId", java.util.UUID.randomUUID().toString()))
                .post("/api/shop-categories").then().statusCode(400).body("violations[0].field", equalTo("parentId"));
        assertTrue(given().get("/api/shop-categories").then().extract().jsonPath().getList("categories.id").contains(child));
    }

    private static java.util.Set<String> ids(String path) {
        return new HashSet<>(given().get(path).then().statusCode(200).extract().jsonPath().getList("products.id"));
    }

    private static String slugOf(String categoryId) {
        return given().get("/api/shop-categories").then().extract().jsonPath()
                .getString("categories.find { it.id == '" + categoryId + "' }.slug");
    }
}
