using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>The member list, filtered by organization, as staff read it.</summary>
public sealed class MemberListPage(IPage page)
{
    private int _organizationId;

    public Task GotoAsync(int organizationId)
    {
        _organizationId = organizationId;
        return page.GotoAsync($"/Members?organizationId={organizationId}");
    }

    /// <summary>Searches the organization's members by name, as typed in the search box.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string search)
    {
        await page.GotoAsync($"/Members?organizationId={_organizationId}&q={Uri.EscapeDataString(search)}");
        return await page.GetByTestId("members").Locator("tbody th a").AllInnerTextsAsync();
    }
}

/// <summary>A member's page with their membership ledger and the form for the next entry.</summary>
public sealed class MemberLedgerPage(IPage page)
{
    public async Task GotoAsync(int memberId) => await page.GotoAsync($"/Members/{memberId}");

    public Task<string> NameAsync() => page.Locator("h1").InnerTextAsync();

    public async Task RecordTransferAsync(string date, string toOrganization, string decision)
    {
        var form = page.GetByTestId("next-event");
        await form.GetByLabel("Loại sự kiện").SelectOptionAsync(new SelectOptionValue { Label = "Chuyển đi" });
        await form.GetByLabel("Ngày", new() { Exact = true }).FillAsync(date);
        await form.GetByLabel("Tổ chức chuyển đến / tiếp nhận").SelectOptionAsync(new SelectOptionValue { Label = toOrganization });
        await form.GetByLabel("Số quyết định").FillAsync(decision);
        await form.GetByRole(AriaRole.Button, new() { Name = "Ghi sự kiện" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public Task<IReadOnlyList<string>> LedgerKindsAsync() => page.GetByTestId("ledger").Locator("tbody th").AllInnerTextsAsync();

    public Task<string> MessageAsync() => page.GetByRole(AriaRole.Status).First.InnerTextAsync();
}

/// <summary>The import page: upload, read the dry run, confirm.</summary>
public sealed class ImportPage(IPage page)
{
    public async Task UploadAsync(string file)
    {
        await page.GotoAsync("/Import");
        await page.Locator("#file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
        await page.WaitForURLAsync(PreviewAddress);
        await page.GetByTestId("import-summary").WaitForAsync();
    }

    /// <summary>The preview's own address, where the upload and the confirmation end.</summary>
    public static readonly System.Text.RegularExpressions.Regex PreviewAddress = new("/Import/[0-9a-f]{32}$");

    public Task<bool> IsReadyAsync() => page.GetByTestId("import-ready").IsVisibleAsync();

    /// <summary>The outcome of each row of the dry run, as the badge says it.</summary>
    public Task<IReadOnlyList<string>> OutcomesAsync() => page.GetByTestId("import-rows").Locator("tbody tr td:nth-child(4)").AllInnerTextsAsync();

    public async Task ConfirmAsync()
    {
        var preview = page.Url;
        await page.GetByTestId("import-confirm").ClickAsync();
        await page.GetByTestId("import-done").WaitForAsync();
        if (page.Url != preview)
        {
            throw new InvalidOperationException($"The confirmation ended at {page.Url}, not at the preview {preview}.");
        }
    }
}
