namespace CitizenFocus.Common;

/// <summary>One page of a longer list, numbered from 1, with the total for the pager.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, long Total)
{
    public int Pages => Total == 0 ? 1 : (int)((Total + Size - 1) / Size);
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Pages;
}
