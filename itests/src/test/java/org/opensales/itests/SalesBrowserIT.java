package org.opensales.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A salesperson's day in the real product: the distribution started with its run script, used in
 * headless Chromium. Logs in, opens Sales, edits an amount in the grid and sees it kept after a
 * reload.
 */
class SalesBrowserIT {

    private static Distribution distribution;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void startDistribution() throws Exception {
        distribution = Distribution.start();
    }

    @AfterAll
    static void stopDistribution() throws Exception {
        if (distribution != null) {
            distribution.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        if (driver != null) {
            Path shot = Path.of(System.getProperty("build.dir", "target"),
                    "screenshots", test.getTestMethod().orElseThrow().getName() + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.quit();
        }
    }

    @Test
    void salespersonEditsAnAmountInTheGridAndItIsKept() {
        logIn("pieter", "demo");
        openSales();

        assertThat(driver.findElement(By.id("sales-report-tabs")).getText()).contains("General information");
        WebElement grid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-pieter")));
        assertThat(driver.findElement(By.id("sales-block-pieter")).getText()).contains("Pieter de Vries");

        WebElement firstRow = wait.until(d -> grid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")))
                .get(0);
        int titleColumn = columnIndex(grid, "Title");
        int amountColumn = columnIndex(grid, "Amount");
        String title = cells(firstRow).get(titleColumn).getText();
        String before = cells(firstRow).get(amountColumn).getText();
        String typed = before.equals("4,321.50") ? "4321.75" : "4321.5";
        String shown = before.equals("4,321.50") ? "4,321.75" : "4,321.50";

        new Actions(driver).doubleClick(cells(firstRow).get(amountColumn)).perform();
        WebElement editor = focusedInput(wait);
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.ENTER);
        wait.until(d -> shown.equals(amountOfFirstRowTitled(title)));

        driver.navigate().refresh();
        openSales();
        wait.until(d -> shown.equals(amountOfFirstRowTitled(title)));
    }

    @Test
    void aBadAmountShowsAnErrorOnTheCellAndIsNotSaved() {
        logIn("pieter", "demo");
        openSales();
        WebElement grid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-pieter")));
        WebElement firstRow = wait.until(d -> grid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")))
                .get(0);
        String title = cells(firstRow).get(columnIndex(grid, "Title")).getText();
        String before = cells(firstRow).get(columnIndex(grid, "Amount")).getText();

        new Actions(driver).doubleClick(cells(firstRow).get(columnIndex(grid, "Amount"))).perform();
        WebElement editor = focusedInput(wait);
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "twelve", Keys.TAB);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#sales-grid-pieter .v-grid-editor"), "Enter an amount"));
        assertThat(driver.findElements(By.cssSelector("#sales-grid-pieter .v-grid-editor-cells [class*=error]")))
                .as("the amount field is marked").isNotEmpty();

        driver.navigate().refresh();
        openSales();
        wait.until(d -> before.equals(amountOfFirstRowTitled(title)));
    }

    @Test
    void whoeverSavesSecondSeesAConflictAndTheFirstChangeStays() {
        logIn("pieter", "demo");
        openSales();
        WebDriver other = Browser.start();
        try {
            WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(60));
            other.get(distribution.url());
            otherWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username"))).sendKeys("sanne");
            other.findElement(By.id("login-password")).sendKeys("demo");
            other.findElement(By.id("login-button")).click();
            otherWait.until(ExpectedConditions.elementToBeClickable(By.id("menu-sales"))).click();
            WebElement otherGrid = otherWait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-pieter")));
            WebElement otherRow = otherWait.until(
                    d -> otherGrid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row"))).get(0);
            String title = cells(otherRow).get(columnIndex(otherGrid, "Title")).getText();

            editFirstAmount(driver, wait, "1111");
            wait.until(d -> "1,111.00".equals(amountOfFirstRowTitled(title)));

            editFirstAmount(other, otherWait, "2222");
            otherWait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.className("v-Notification"), "Someone else changed this item"));
            otherWait.until(d -> cells(d.findElement(By.id("sales-grid-pieter"))
                    .findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")).get(0))
                    .get(columnIndex(d.findElement(By.id("sales-grid-pieter")), "Amount")).getText().equals("1,111.00"));
        } finally {
            other.quit();
        }
        driver.navigate().refresh();
        openSales();
        wait.until(d -> amountOfFirstRowTitled(firstTitle(d)) != null
                && amountOfFirstRowTitled(firstTitle(d)).equals("1,111.00"));
    }

    /** The editor field the grid focuses after a double-click on a cell, once it has it. */
    private static WebElement focusedInput(WebDriverWait w) {
        return w.until(d -> {
            WebElement active = d.switchTo().activeElement();
            return "input".equals(active.getTagName()) ? active : null;
        });
    }

    private static String firstTitle(WebDriver d) {
        WebElement grid = d.findElement(By.id("sales-grid-pieter"));
        return cells(grid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")).get(0))
                .get(columnIndex(grid, "Title")).getText();
    }

    private static void editFirstAmount(WebDriver d, WebDriverWait w, String typed) {
        WebElement grid = d.findElement(By.id("sales-grid-pieter"));
        WebElement row = grid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")).get(0);
        new Actions(d).doubleClick(cells(row).get(columnIndex(grid, "Amount"))).perform();
        WebElement editor = focusedInput(w);
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.TAB);
    }

    @Test
    void aSalespersonSeesOnlyTheirOwnBlockAndAManagerSeesEveryone() {
        logIn("pieter", "demo");
        openSales();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-pieter")));
        assertThat(blockIds()).containsExactly("sales-block-pieter");
        logOut();

        logIn("sanne", "demo");
        openSales();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-pieter")));
        assertThat(blockIds()).containsExactlyInAnyOrder("sales-block-fatima", "sales-block-pieter", "sales-block-tom");
    }

    @Test
    void theTextFilterNarrowsTheBlocksAndLandsInTheAddress() {
        logIn("sanne", "demo");
        openSales();
        WebElement grid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-pieter")));
        String title = cells(grid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")).get(0))
                .get(columnIndex(grid, "Title")).getText();

        driver.findElement(By.id("sales-filter-text")).sendKeys(title, Keys.ENTER);

        wait.until(d -> d.getCurrentUrl().contains("text="));
        wait.until(d -> {
            List<String> titles = titlesShown(d);
            return !titles.isEmpty() && titles.stream().allMatch(t -> t.toLowerCase().contains(title.toLowerCase()));
        });
        driver.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("sales-filter-text"), "value", title));
    }

    /** The titles in every salesperson grid on the page. */
    private static List<String> titlesShown(WebDriver d) {
        List<String> titles = new java.util.ArrayList<>();
        for (WebElement grid : d.findElements(By.cssSelector("div.v-grid[id^=sales-grid-]"))) {
            int column = columnIndex(grid, "Title");
            grid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row"))
                    .forEach(row -> titles.add(cells(row).get(column).getText()));
        }
        return titles;
    }

    @Test
    void theBackButtonReturnsToTheFilterBefore() {
        logIn("sanne", "demo");
        openSales();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-pieter")));

        driver.findElement(By.id("sales-filter-text")).sendKeys("no such title anywhere", Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("text="));
        wait.until(d -> blockIds().isEmpty());

        driver.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("text="));
        wait.until(d -> "".equals(d.findElement(By.id("sales-filter-text")).getDomProperty("value")));
        wait.until(d -> blockIds().contains("sales-block-pieter"));
    }

    @Test
    void aManagerSetsATargetAndTheSalespeopleTabCountsIt() {
        logIn("sanne", "demo");
        openSales();
        driver.findElements(By.cssSelector("#sales-report-tabs .v-tabsheet-tabitem")).stream()
                .filter(tab -> tab.getText().trim().equals("Salespeople")).findFirst()
                .orElseThrow(() -> new AssertionError("no Salespeople tab")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-report-performance")));
        BigDecimal before = targetRevenueOf("Pieter de Vries");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("sales-targets-edit"))).click();
        WebElement revenue = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-targets-revenue-pieter")));
        BigDecimal old = amount(revenue.getDomProperty("value"));
        revenue.sendKeys(Keys.chord(Keys.CONTROL, "a"), "123456");
        driver.findElement(By.id("sales-targets-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sales-targets-dialog")));

        BigDecimal expected = before.subtract(old).add(new BigDecimal("123456"));
        wait.until(d -> targetRevenueOf("Pieter de Vries").compareTo(expected) == 0);
    }

    private BigDecimal targetRevenueOf(String salesperson) {
        WebElement grid = driver.findElement(By.id("sales-report-performance"));
        int nameColumn = columnIndex(grid, "Salesperson");
        int revenueColumn = columnIndex(grid, "Target revenue");
        return grid.findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")).stream()
                .map(SalesBrowserIT::cells)
                .filter(cells -> cells.get(nameColumn).getText().equals(salesperson))
                .map(cells -> amount(cells.get(revenueColumn).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + salesperson));
    }

    /** An amount as an English-locale page shows it, such as {@code 95,000.00}; empty is zero. */
    private static BigDecimal amount(String shown) {
        String plain = shown == null ? "" : shown.replace(",", "").trim();
        return plain.isEmpty() ? BigDecimal.ZERO : new BigDecimal(plain);
    }

    private List<String> blockIds() {
        return driver.findElements(By.cssSelector("[id^=sales-block-]")).stream()
                .map(e -> e.getAttribute("id"))
                .filter(id -> !id.startsWith("sales-block-footer-") && !id.startsWith("sales-block-toggle-"))
                .toList();
    }

    @Test
    void aColumnSwitchedOffStaysOffAfterLoggingOutAndIn() {
        logIn("fatima", "demo");
        openSales();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-fatima")));
        assertThat(headers("sales-grid-fatima")).contains("Title", "Source");

        driver.findElement(By.id("sales-column-chooser")).click();
        WebElement source = wait.until(d -> d.findElements(By.cssSelector("#sales-column-chooser-options .v-select-option label"))
                .stream().filter(label -> "Source".equals(label.getAttribute("textContent").trim())).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", source);
        source.click();
        wait.until(d -> !headers("sales-grid-fatima").contains("Source"));

        driver.navigate().refresh();
        logOut();
        logIn("fatima", "demo");
        openSales();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-grid-fatima")));
        wait.until(d -> headers("sales-grid-fatima").contains("Title"));
        assertThat(headers("sales-grid-fatima")).doesNotContain("Source");
    }

    private List<String> headers(String gridId) {
        return driver.findElement(By.id(gridId)).findElements(By.cssSelector("thead.v-grid-header tr th")).stream()
                .map(th -> th.getText().trim())
                .toList();
    }

    @Test
    void theShellSwitchesToDutchAndTheSalesTabFollows() {
        logIn("sanne", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu-sales"), "Verkoop"));
        driver.findElement(By.id("menu-sales")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sales-report-tabs"), "Algemene informatie"));
        assertThat(driver.findElement(By.id("logout-button")).getText()).isEqualTo("Uitloggen");
        assertThat(driver.findElement(By.id("language-switch")).getText()).isEqualTo("English");
    }

    /**
     * Logs out and waits for the login form that follows: a navigation started while the logout's own
     * is still under way can leave Chromium's renderer hanging.
     */
    private void logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-button"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
    }

    private void logIn(String user, String password) {
        driver.get(distribution.url());
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
        username.sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-button")).click();
    }

    private void openSales() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-sales"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sales-report-tabs"), "General information"));
    }

    /** The amount shown in the first row with the title, or null while the grid is not rendered. */
    private String amountOfFirstRowTitled(String title) {
        List<WebElement> grids = driver.findElements(By.id("sales-grid-pieter"));
        if (grids.isEmpty()) {
            return null;
        }
        int titleColumn = columnIndex(grids.get(0), "Title");
        int amountColumn = columnIndex(grids.get(0), "Amount");
        return grids.get(0).findElements(By.cssSelector("tbody.v-grid-body tr.v-grid-row")).stream()
                .map(SalesBrowserIT::cells)
                .filter(cells -> cells.get(titleColumn).getText().equals(title))
                .map(cells -> cells.get(amountColumn).getText())
                .findFirst()
                .orElse(null);
    }

    private static int columnIndex(WebElement grid, String caption) {
        List<WebElement> headers = grid.findElements(By.cssSelector("thead.v-grid-header tr th"));
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getText().trim().equals(caption)) {
                return i;
            }
        }
        throw new AssertionError("no column " + caption + " in " + headers.stream().map(WebElement::getText).toList());
    }

    private static List<WebElement> cells(WebElement row) {
        return row.findElements(By.cssSelector("td"));
    }
}
